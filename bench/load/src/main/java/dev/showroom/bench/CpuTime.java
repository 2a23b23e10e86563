package dev.showroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** CPU time (clock ticks of 10 ms: user + system) of the suite's processes, read from /proc. */
final class CpuTime {

    private CpuTime() {}

    /**
     * Each process ./showroom started (with its children: Keycloak runs under kc.sh), and the PostgreSQL
     * backends serving the services' databases.
     */
    static Map<String, Long> suite() throws IOException {
        Map<String, Long> ticks = new TreeMap<>();
        try (Stream<Path> pids = Files.list(Path.of(".showroom/pids"))) {
            for (Path f : pids.toList()) {
                // the first line: the pid (the second is the time it started)
                long pid = Long.parseLong(Files.readAllLines(f).get(0).strip());
                String name = f.getFileName().toString().replace(".pid", "");
                ticks.put(name, treeTicks(pid));
            }
        }
        long postgres = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .toList()) {
                try {
                    // the services' pooled connections (they live through a measurement), not other users' ones
                    String title = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    if (title.matches("postgres: (\\S+: )?\\S+ (lead|visit|order|aftersales|gateway) .*")) {
                        postgres += ticks(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        ticks.put("postgresql", postgres);
        return ticks;
    }

    private static long treeTicks(long pid) {
        long total = ticks(pid);
        for (ProcessHandle child :
                ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) {
            total += ticks(child.pid());
        }
        return total;
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
