package dev.rolebook.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With a fixed date (--reproducible), the whole matrix made twice, into two folders, gives the
 * same bytes file for file: booklets and merged bundles included.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReproducibleTest {
    @Test
    void theWholeMatrixIsTheSameTwice() throws Exception {
        List<Matrix.Output> first = Matrix.outputs();
        List<Matrix.Output> second = Matrix.again();
        assertThat(second).hasSameSizeAs(first);
        List<String> differ = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            Matrix.Output a = first.get(i);
            Matrix.Output b = second.get(i);
            assertThat(b.file().getFileName()).isEqualTo(a.file().getFileName());
            if (!Arrays.equals(Files.readAllBytes(a.file()), Files.readAllBytes(b.file()))) {
                differ.add(a.toString());
            }
        }
        System.out.printf("reproducible: %d files made twice%n", first.size());
        assertThat(differ).isEmpty();
    }
}
