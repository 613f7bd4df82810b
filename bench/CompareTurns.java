// bench/compare's driver: each jar gets a class loader and a CompareDocuments of its own; they make
// documents in turns, and the thread CPU time of each jar's turns is summed. Both builds then meet
// the machine's drift alike, which separate processes minutes apart do not.
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

public class CompareTurns {
    public static void main(String[] args) throws Exception {
        // CompareDocuments compiled against each jar, in a folder named by the jar's index in this list.
        File compiled = new File(args[0]);
        int perTurn = Integer.parseInt(args[1]);
        int warmTurns = Integer.parseInt(args[2]);
        int turns = Integer.parseInt(args[3]);
        List<String> jars = List.of(args).subList(4, args.length);
        List<IntConsumer> builds = new ArrayList<>();
        for (String jar : jars) {
            File classes = new File(compiled, jar.replaceAll("[^A-Za-z0-9]", "_"));
            URLClassLoader loader = new URLClassLoader(new URL[] {classes.toURI().toURL(), new File(jar).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            // Exporters are found with ServiceLoader, which asks the context class loader.
            Thread.currentThread().setContextClassLoader(loader);
            builds.add((IntConsumer) Class.forName("CompareDocuments", true, loader).getConstructor().newInstance());
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[jars.size()];
        for (int turn = -warmTurns; turn < turns; turn++) {
            for (int j = 0; j < jars.size(); j++) {
                long start = threads.getCurrentThreadCpuTime();
                builds.get(j).accept(perTurn);
                if (turn >= 0) {
                    cpu[j] += threads.getCurrentThreadCpuTime() - start;
                }
            }
        }
        for (int j = 0; j < jars.size(); j++) {
            System.out.printf("%-50s %8.3f ms CPU a document%n", jars.get(j), cpu[j] / 1e6 / perTurn / turns);
        }
    }
}
