package dev.sci4j.agent.gpu;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Nvml} over {@code libnvidia-ml.so.1} through JNA's function lookup (no interface proxy, so a symbol
 * the installed driver lacks fails only the call that needs it). JNA comes with OSHI inside the agent's isolated
 * loader, so the application's own JNA (if any) is never touched. Struct layouts are NVML's public headers,
 * read by offset: {@code nvmlProcessUtilizationSample_t} (pid u32, timeStamp u64 at 8, smUtil u32 at 16; 32
 * bytes), {@code nvmlProcessInfo_t} (v2/v3: pid u32, usedGpuMemory u64 at 8, two u32; 24 bytes),
 * {@code nvmlUtilization_t} (gpu u32, memory u32). Not thread-safe (one sampler thread).
 */
public final class JnaNvml implements Nvml {
    /** The library every NVIDIA driver installs; {@code gpu.library} overrides it. */
    public static final String DEFAULT_LIBRARY = "libnvidia-ml.so.1";

    private static final int NAME_BUFFER = 96;
    private static final int UUID_BUFFER = 96;
    private static final int PROCESS_SAMPLE_BYTES = 32;
    private static final int PROCESS_INFO_BYTES = 24;

    private final NativeLibrary library;
    private final Map<Integer, Pointer> handles = new HashMap<>();

    private JnaNvml(NativeLibrary library) {
        this.library = library;
    }

    /**
     * Loads and initialises NVML.
     *
     * @param libraryPath a file or library name; null for {@value #DEFAULT_LIBRARY}
     * @throws NvmlException the driver refuses to initialise
     * @throws UnsatisfiedLinkError no such library (no NVIDIA driver)
     */
    public static JnaNvml load(String libraryPath) throws NvmlException {
        NativeLibrary lib = NativeLibrary.getInstance(libraryPath != null ? libraryPath : DEFAULT_LIBRARY);
        JnaNvml nvml = new JnaNvml(lib);
        nvml.check("nvmlInit_v2", nvml.call("nvmlInit_v2"));
        return nvml;
    }

    @Override
    public int deviceCount() throws NvmlException {
        IntByReference count = new IntByReference();
        check("nvmlDeviceGetCount_v2", call("nvmlDeviceGetCount_v2", count));
        return count.getValue();
    }

    @Override
    public String name(int device) throws NvmlException {
        return string("nvmlDeviceGetName", device, NAME_BUFFER);
    }

    @Override
    public String uuid(int device) throws NvmlException {
        return string("nvmlDeviceGetUUID", device, UUID_BUFFER);
    }

    @Override
    public long totalEnergyMillijoules(int device) throws NvmlException {
        LongByReference mj = new LongByReference();
        check("nvmlDeviceGetTotalEnergyConsumption", call("nvmlDeviceGetTotalEnergyConsumption", handle(device), mj));
        return mj.getValue();
    }

    @Override
    public long powerMilliwatts(int device) throws NvmlException {
        IntByReference mw = new IntByReference();
        check("nvmlDeviceGetPowerUsage", call("nvmlDeviceGetPowerUsage", handle(device), mw));
        return Integer.toUnsignedLong(mw.getValue());
    }

    @Override
    public int utilizationPercent(int device) throws NvmlException {
        Memory rates = new Memory(8);
        rates.clear();
        check("nvmlDeviceGetUtilizationRates", call("nvmlDeviceGetUtilizationRates", handle(device), rates));
        return rates.getInt(0);
    }

    @Override
    public List<ProcessSample> processUtilization(int device, long sinceMicros) throws NvmlException {
        Pointer h = handle(device);
        String fn = "nvmlDeviceGetProcessUtilization";
        IntByReference count = new IntByReference(0);
        int rc = call(fn, h, null, count, sinceMicros);
        if (rc == NvmlException.NOT_FOUND || (rc == 0 && count.getValue() == 0)) {
            return List.of();
        }
        if (rc != NvmlException.INSUFFICIENT_SIZE && rc != 0) {
            check(fn, rc);
        }
        int capacity = Math.max(1, count.getValue()) + 8; // processes may start between the two calls
        Memory buffer = new Memory((long) capacity * PROCESS_SAMPLE_BYTES);
        buffer.clear();
        count.setValue(capacity);
        rc = call(fn, h, buffer, count, sinceMicros);
        if (rc == NvmlException.NOT_FOUND) {
            return List.of();
        }
        check(fn, rc);
        List<ProcessSample> out = new ArrayList<>();
        for (int i = 0; i < Math.min(capacity, count.getValue()); i++) {
            long at = (long) i * PROCESS_SAMPLE_BYTES;
            out.add(new ProcessSample(
                    Integer.toUnsignedLong(buffer.getInt(at)),
                    buffer.getLong(at + 8),
                    Math.max(0, buffer.getInt(at + 16))));
        }
        return out;
    }

    @Override
    public long[] computeProcesses(int device) throws NvmlException {
        String fn = hasFunction("nvmlDeviceGetComputeRunningProcesses_v3")
                ? "nvmlDeviceGetComputeRunningProcesses_v3"
                : "nvmlDeviceGetComputeRunningProcesses_v2"; // drivers before R510; same 24-byte layout
        Pointer h = handle(device);
        IntByReference count = new IntByReference(0);
        int rc = call(fn, h, count, null);
        if (rc == 0 && count.getValue() == 0) {
            return new long[0];
        }
        if (rc != NvmlException.INSUFFICIENT_SIZE && rc != 0) {
            check(fn, rc);
        }
        int capacity = Math.max(1, count.getValue()) + 8;
        Memory buffer = new Memory((long) capacity * PROCESS_INFO_BYTES);
        buffer.clear();
        count.setValue(capacity);
        check(fn, call(fn, h, count, buffer));
        long[] pids = new long[Math.min(capacity, count.getValue())];
        for (int i = 0; i < pids.length; i++) {
            pids[i] = Integer.toUnsignedLong(buffer.getInt((long) i * PROCESS_INFO_BYTES));
        }
        return pids;
    }

    @Override
    public void close() {
        try {
            call("nvmlShutdown");
        } catch (RuntimeException | LinkageError e) {
            // Nothing left to do at shutdown: the process is ending or the GPU component is off.
        }
    }

    private boolean hasFunction(String fn) {
        try {
            library.getFunction(fn);
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }

    private Pointer handle(int device) throws NvmlException {
        Pointer h = handles.get(device);
        if (h == null) {
            PointerByReference ref = new PointerByReference();
            check("nvmlDeviceGetHandleByIndex_v2", call("nvmlDeviceGetHandleByIndex_v2", device, ref));
            h = ref.getValue();
            handles.put(device, h);
        }
        return h;
    }

    private String string(String fn, int device, int size) throws NvmlException {
        byte[] buffer = new byte[size];
        check(fn, call(fn, handle(device), buffer, size));
        int end = 0;
        while (end < buffer.length && buffer[end] != 0) {
            end++;
        }
        return new String(buffer, 0, end, StandardCharsets.UTF_8);
    }

    private int call(String fn, Object... args) {
        Function f = library.getFunction(fn);
        return f.invokeInt(args);
    }

    private void check(String fn, int rc) throws NvmlException {
        if (rc != 0) {
            String text;
            try {
                text = library.getFunction("nvmlErrorString").invokeString(new Object[] {rc}, false);
            } catch (RuntimeException | LinkageError e) {
                text = "error " + rc;
            }
            throw new NvmlException(fn, rc, text);
        }
    }
}
