package dev.showroom.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When an application of the developer's suite records its AOT cache and when it starts from it. */
class AotCacheTest {

    private final App app = new App("lead-service", 8081, "lead");

    @TempDir
    Path home;

    @Test
    void withoutACacheTheStartRecordsOne() throws IOException {
        install(Instant.parse("2026-12-01T10:00:00Z"));
        assertEquals(List.of("-XX:AOTCacheOutput=" + cache()), app.aotOptions(home));
    }

    @Test
    void aCacheNewerThanEveryFileOfTheApplicationIsUsed() throws IOException {
        install(Instant.parse("2026-12-01T10:00:00Z"));
        writeCache(Instant.parse("2026-12-01T11:00:00Z"));
        assertEquals(List.of("-XX:AOTCache=" + cache()), app.aotOptions(home));
    }

    @Test
    void aCacheOlderThanARebuiltFileIsDroppedAndRecordedAgain() throws IOException {
        install(Instant.parse("2026-12-01T10:00:00Z"));
        writeCache(Instant.parse("2026-12-01T11:00:00Z"));
        Path rebuilt = app.installed(home).resolve("app/lead-service.jar");
        Files.setLastModifiedTime(rebuilt, FileTime.from(Instant.parse("2026-12-01T12:00:00Z")));
        assertEquals(List.of("-XX:AOTCacheOutput=" + cache()), app.aotOptions(home));
        assertFalse(Files.exists(cache()), "the stale cache is gone before the JVM records a new one");
    }

    private Path cache() {
        return home.resolve("aot/lead-service.aot");
    }

    private void writeCache(Instant at) throws IOException {
        Files.createDirectories(cache().getParent());
        Files.writeString(cache(), "cache");
        Files.setLastModifiedTime(cache(), FileTime.from(at));
    }

    /** The installed copy of the application: its launcher jar and one of its jars, all of one time. */
    private void install(Instant at) throws IOException {
        Path dir = app.installed(home);
        for (String file : List.of("quarkus-run.jar", "app/lead-service.jar")) {
            Path p = dir.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, file);
            Files.setLastModifiedTime(p, FileTime.from(at));
        }
    }
}
