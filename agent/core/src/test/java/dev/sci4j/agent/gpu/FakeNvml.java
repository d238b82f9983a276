package dev.sci4j.agent.gpu;

import java.util.ArrayList;
import java.util.List;

/** Scripted NVML: the test sets each device's counter, power, utilisation, process samples and failures. */
public final class FakeNvml implements Nvml {
    /** One device's readings; null energy = no energy counter (pre-Volta). */
    public static final class Device {
        public String name = "NVIDIA H200";
        public String uuid;
        public Long energyMillijoules = 0L;
        public long powerMilliwatts;
        public int utilizationPercent;
        public final List<ProcessSample> samples = new ArrayList<>();
        public boolean samplesUnsupported;
        public long[] running = new long[0];
        public boolean lost;

        /** Adds a process-utilisation sample at {@code micros}. */
        public Device sample(long pid, long micros, int smPercent) {
            samples.add(new ProcessSample(pid, micros, smPercent));
            return this;
        }
    }

    public final List<Device> devices = new ArrayList<>();
    public boolean closed;

    public Device add() {
        Device d = new Device();
        d.uuid = "GPU-" + devices.size();
        devices.add(d);
        return d;
    }

    private Device device(int index, String call) throws NvmlException {
        Device d = devices.get(index);
        if (d.lost) {
            throw new NvmlException(call, NvmlException.GPU_IS_LOST, "GPU is lost");
        }
        return d;
    }

    @Override
    public int deviceCount() {
        return devices.size();
    }

    @Override
    public String name(int device) throws NvmlException {
        return device(device, "name").name;
    }

    @Override
    public String uuid(int device) throws NvmlException {
        return device(device, "uuid").uuid;
    }

    @Override
    public long totalEnergyMillijoules(int device) throws NvmlException {
        Device d = device(device, "nvmlDeviceGetTotalEnergyConsumption");
        if (d.energyMillijoules == null) {
            throw new NvmlException(
                    "nvmlDeviceGetTotalEnergyConsumption", NvmlException.NOT_SUPPORTED, "Not Supported");
        }
        return d.energyMillijoules;
    }

    @Override
    public long powerMilliwatts(int device) throws NvmlException {
        return device(device, "nvmlDeviceGetPowerUsage").powerMilliwatts;
    }

    @Override
    public int utilizationPercent(int device) throws NvmlException {
        return device(device, "nvmlDeviceGetUtilizationRates").utilizationPercent;
    }

    @Override
    public List<ProcessSample> processUtilization(int device, long sinceMicros) throws NvmlException {
        Device d = device(device, "nvmlDeviceGetProcessUtilization");
        if (d.samplesUnsupported) {
            throw new NvmlException("nvmlDeviceGetProcessUtilization", NvmlException.NOT_SUPPORTED, "Not Supported");
        }
        List<ProcessSample> out = new ArrayList<>();
        for (ProcessSample s : d.samples) {
            if (s.timestampMicros() > sinceMicros) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public long[] computeProcesses(int device) throws NvmlException {
        return device(device, "nvmlDeviceGetComputeRunningProcesses").running.clone();
    }

    @Override
    public void close() {
        closed = true;
    }
}
