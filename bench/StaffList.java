// Writes an employee list of N rows for the batch benchmarks: the sample list's people over and
// over, each with its own contract number.
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

public class StaffList {
    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        List<CSVRecord> sample;
        try (InputStream in = Class.forName("dev.rolebook.cli.Rolebook").getResourceAsStream("staff.csv")) {
            sample = CSVFormat.RFC4180.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(sample.get(0).toList());
            for (int i = 0; i < rows; i++) {
                List<String> row = new java.util.ArrayList<>(sample.get(1 + i % (sample.size() - 1)).toList());
                row.set(2, String.format("C-%06d", i + 1));
                printer.printRecord(row);
            }
        }
        out.flush();
    }
}
