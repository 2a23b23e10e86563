package dev.showroom.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

    static final String MARKER = "/home/of/this/suite";
    /** A process whose command line names the marker for as long as it runs, as an application's does. */
    static final List<String> MARKED = List.of("/bin/sh", "-c", "sleep 30; true", MARKER);

    @TempDir
    Path home;

    /**
     * Right after a launch the command line reads empty while setsid and then the command are exec'd; a process
     * found by its start time is ours at every moment, so a check in that moment no longer takes it for stopped.
     */
    @Test
    void aProcessJustStartedIsRunningAtEveryMoment() throws Exception {
        Processes processes = new Processes(home);
        for (int launch = 0; launch < 20; launch++) {
            long pid = processes.start("sleeper", MARKED, Map.of(), home);
            try {
                for (int look = 0; look < 20; look++) {
                    Optional<ProcessHandle> running = processes.running("sleeper", MARKER);
                    assertTrue(running.isPresent(), "launch " + launch + ", look " + look);
                    assertEquals(pid, running.get().pid());
                }
            } finally {
                stop(pid);
            }
        }
    }

    private static void stop(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        });
    }

    @Test
    void aProcessThatEndedOrAPidGivenToAnotherProcessIsNotOurs() throws Exception {
        Processes processes = new Processes(home);
        long pid = processes.start("sleeper", MARKED, Map.of(), home);
        stop(pid);
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        assertFalse(processes.running("sleeper", MARKER).isPresent(), "ended");

        // this test's own JVM, recorded with another start time: a pid the kernel gave to someone else
        long self = ProcessHandle.current().pid();
        Files.writeString(home.resolve("pids/other.pid"), self + "\n12345");
        assertFalse(processes.running("other", MARKER).isPresent(), "another start time");
    }

    @Test
    void aPidFileOfAnOlderSuiteIsOursByTheMarkerOnTheCommandLine() throws Exception {
        Processes processes = new Processes(home);
        long pid = processes.start("old", MARKED, Map.of(), home);
        try {
            Thread.sleep(200); // past the exec, when the command line is there to read
            Files.writeString(home.resolve("pids/old.pid"), Long.toString(pid));
            assertTrue(processes.running("old", MARKER).isPresent(), "its command line names the marker");
            assertFalse(processes.running("old", "/another/suite").isPresent(), "its command line does not");
        } finally {
            stop(pid);
        }
    }
}
