package dev.sci4j.examples.ai;

import java.io.IOException;

/**
 * The service's command line: {@code --port P} (default 8080), {@code --worker cpu|python} (default cpu),
 * {@code --python CMD} (default python3), {@code --hidden H} (default {@value InferenceServer#DEFAULT_HIDDEN}),
 * {@code --threads N} (default 4). Mutable only while parsing.
 */
final class Options {
    static final String USAGE =
            "java -jar ai-inference.jar [--port P] [--worker cpu|python] [--python CMD] [--hidden H] [--threads N]";

    int port = 8080;
    String worker = "cpu";
    String python = "python3";
    int hidden = InferenceServer.DEFAULT_HIDDEN;
    int threads = 4;

    static Options parse(String... args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--port":
                    o.port = Arguments.integer("--port", value, 0, 65_535);
                    break;
                case "--worker":
                    if (!value.equals("cpu") && !value.equals("python")) {
                        throw new IllegalArgumentException("--worker is cpu or python, not " + value);
                    }
                    o.worker = value;
                    break;
                case "--python":
                    o.python = value;
                    break;
                case "--hidden":
                    o.hidden = Arguments.integer("--hidden", value, 8, ModelWeights.MAX_HIDDEN);
                    break;
                case "--threads":
                    o.threads = Arguments.integer("--threads", value, 1, 64);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return o;
    }

    /**
     * The generator the options ask for. A Python worker that cannot start (no Python, no PyTorch) is not an
     * error: the service says once that it runs CPU only, and why, and runs the model in the JVM.
     */
    static TokenGenerator generator(Options o) throws InterruptedException {
        ModelWeights weights = ModelWeights.generate(o.hidden);
        if (o.worker.equals("python")) {
            try {
                TokenGenerator worker = PythonWorkerGenerator.start(o.python, weights);
                if (!worker.onGpu()) {
                    System.out.println("[ai-inference] CPU only: the Python worker found no CUDA device");
                }
                return worker;
            } catch (IOException e) {
                System.out.println("[ai-inference] CPU only: " + e.getMessage() + "; the model runs in the JVM");
                return new CpuGenerator(weights);
            }
        }
        System.out.println("[ai-inference] CPU only: the model runs in the JVM (--worker python for a GPU)");
        return new CpuGenerator(weights);
    }
}
