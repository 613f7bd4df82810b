// Prints one row of bench/run's table from a JMH JSON result: median, 95th percentile and
// documents per second of each benchmark in it, and the peak RSS measured around the run.
// Usage: java -cp benchmarks/target/benchmarks.jar bench/JmhRow.java RESULT.json PEAK_RSS_KB
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;

public class JmhRow {
    public static void main(String[] args) throws Exception {
        long rssMb = Long.parseLong(args[1]) / 1024;
        for (JsonNode result : new ObjectMapper().readTree(new File(args[0]))) {
            String name = result.get("benchmark").asText().replaceAll(".*\\.", "");
            JsonNode params = result.get("params");
            if (params != null) {
                name = params.get("kind").asText() + " -> " + params.get("format").asText();
            }
            JsonNode percentiles = result.get("primaryMetric").get("scorePercentiles");
            double median = percentiles.get("50.0").asDouble();
            double p95 = percentiles.get("95.0").asDouble();
            System.out.printf("%-34s %10.2f %10.2f %10.0f %10d%n", name, median, p95, 1000 / median, rssMb);
        }
    }
}
