package dev.showroom.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When an application of the developer's suite records its AOT cache and when it starts from it: a cache is only
 * ever used with the build that recorded it, whatever the files' times say.
 */
class AotCacheTest {

    private static final Instant BUILT = Instant.parse("2026-12-01T10:00:00Z");

    private final App app = new App("lead-service", 8081, "lead");

    @TempDir
    Path home;

    @Test
    void withoutACacheTheStartRecordsOneNamedByTheBuild() throws IOException {
        install("build one", BUILT);
        assertEquals(List.of("-XX:AOTCacheOutput=" + cache()), aotOptions());
        assertTrue(cache().getFileName().toString().matches("lead-service-[0-9a-f]{16}\\.aot"), cache().toString());
    }

    @Test
    void theCacheOfTheSameBuildIsUsed() throws IOException {
        install("build one", BUILT);
        writeCache(cache());
        assertEquals(List.of("-XX:AOTCache=" + cache()), aotOptions());
    }

    @Test
    void anotherBuildRecordsItsOwnAndTheOtherBuildsCacheIsDropped() throws IOException {
        install("build one", BUILT);
        Path first = cache();
        writeCache(first);
        // another build, its files older than the cache (another branch's, an older commit's): the time stamps
        // would have said "not changed since the cache", and the JVM would have started from the other build's
        install("build two", BUILT.minusSeconds(3600));
        Path second = cache();
        assertNotEquals(first, second);
        assertEquals(List.of("-XX:AOTCacheOutput=" + second), aotOptions());
        assertFalse(Files.exists(first), "the other build's cache is gone");
    }

    @Test
    void theUnkeyedCacheOfBeforeIsDropped() throws IOException {
        install("build one", BUILT);
        Path unkeyed = home.resolve("aot/lead-service.aot");
        writeCache(unkeyed);
        Path otherApp = home.resolve("aot/lead-service-x-0123456789abcdef.aot");
        writeCache(otherApp);
        // the training data of a recording that was killed before it wrote its cache
        Path leftover = home.resolve("aot/lead-service-0123456789abcdef.aot.config");
        writeCache(leftover);
        assertEquals(List.of("-XX:AOTCacheOutput=" + cache()), aotOptions());
        assertFalse(Files.exists(unkeyed));
        assertFalse(Files.exists(leftover));
        assertTrue(Files.exists(otherApp), "another application's cache stays");
    }

    @Test
    void otherJvmOptionsRecordACacheOfTheirOwn() throws IOException {
        install("build one", BUILT);
        List<String> c1 = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");
        List<String> c2 = List.of("-Xmx384m");
        Path recordedUnderC1 = Path.of(app.aotOptions(home, c1).get(0).substring("-XX:AOTCacheOutput=".length()));
        writeCache(recordedUnderC1);
        assertEquals(List.of("-XX:AOTCache=" + recordedUnderC1), app.aotOptions(home, c1), "the same options: used");
        List<String> underC2 = app.aotOptions(home, c2);
        assertTrue(App.recordsItsCache(underC2), "C2 records its own: " + underC2);
        assertNotEquals(List.of("-XX:AOTCacheOutput=" + recordedUnderC1), underC2);
    }

    @Test
    void theKeyIsTheContentNotTheTimes() throws IOException {
        install("build one", BUILT);
        String key = App.buildKey(app.installed(home));
        install("build one", BUILT.plusSeconds(60));
        assertEquals(key, App.buildKey(app.installed(home)), "the same build copied again");
        Files.writeString(app.installed(home).resolve("lib/main/dev.showroom.platform.jar"), "build two");
        assertNotEquals(key, App.buildKey(app.installed(home)), "one library changed");
    }

    @Test
    void aRecordingApplicationIsGivenTimeToWriteItsCacheWhenItStops() {
        assertEquals(
                Duration.ofMinutes(3),
                App.stopGrace(
                        List.of("-Xmx384m", "-XX:AOTCacheOutput=/x/aot/lead-service-0123456789abcdef.aot", "-jar")));
        assertEquals(
                Duration.ofSeconds(30),
                App.stopGrace(List.of("-Xmx384m", "-XX:AOTCache=/x/aot/lead-service-0123456789abcdef.aot", "-jar")));
    }

    @Test
    void onlyAStartWithoutACacheRecordsOne() throws IOException {
        install("build one", BUILT);
        assertTrue(App.recordsItsCache(aotOptions()), "no cache yet: up records it, then restarts");
        writeCache(cache());
        assertFalse(App.recordsItsCache(aotOptions()), "the build's cache: started from it");
    }

    /** The AOT options of the application started with the suite's JVM options, as {@code App.command} asks. */
    private List<String> aotOptions() {
        return app.aotOptions(home, app.options());
    }

    private Path cache() throws IOException {
        return home.resolve("aot/lead-service-" + App.cacheKey(app.installed(home), app.options()) + ".aot");
    }

    private static void writeCache(Path cache) throws IOException {
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "cache");
    }

    /** The installed copy of the application: its launcher jar and two of its jars, all of one time. */
    private void install(String build, Instant at) throws IOException {
        Path dir = app.installed(home);
        for (String file : List.of("quarkus-run.jar", "app/lead-service.jar", "lib/main/dev.showroom.platform.jar")) {
            Path p = dir.resolve(file);
            Files.createDirectories(p.getParent());
            Files.writeString(p, file + " of " + build);
            Files.setLastModifiedTime(p, FileTime.from(at));
        }
    }
}
