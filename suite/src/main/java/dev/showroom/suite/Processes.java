package dev.showroom.suite;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The processes the suite started: each writes its output to {@code logs/<name>.log} and its pid to
 * {@code pids/<name>.pid} under the suite's home, with the time it started. Stopping only ever touches a pid
 * recorded there, and only while that process still is the one we started: it started at the recorded time (a pid
 * the kernel gave to another process since has another start time). The start time, from {@code /proc/<pid>/stat},
 * is there at every moment of the process's life; its command line is not: while {@code setsid} or the JVM is
 * exec'd, {@code /proc/<pid>/cmdline} reads empty for a moment (seen in 68 of 100 launches polled in a tight loop),
 * and a readiness check that fell into that moment took a service that was starting for one that had stopped.
 */
public final class Processes {

    private final Path logs;
    private final Path pids;

    public Processes(Path home) {
        this.logs = home.resolve("logs");
        this.pids = home.resolve("pids");
    }

    public Path log(String name) {
        return logs.resolve(name + ".log");
    }

    /** Starts a command in its own session (so closing the terminal does not end the suite). */
    public long start(String name, List<String> command, Map<String, String> env, Path workDir) {
        try {
            Files.createDirectories(logs);
            Files.createDirectories(pids);
            List<String> full = new ArrayList<>();
            if (new File("/usr/bin/setsid").canExecute()) {
                full.add("/usr/bin/setsid");
            }
            full.addAll(command);
            ProcessBuilder builder = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(env);
            Process process = builder.start();
            // setsid execs the command, so the pid is the command's own
            String started = process.toHandle()
                    .info()
                    .startInstant()
                    .map(at -> "\n" + at.toEpochMilli())
                    .orElse("");
            Files.writeString(pids.resolve(name + ".pid"), process.pid() + started);
            return process.pid();
        } catch (IOException e) {
            throw new SuiteException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a command to its end (e.g. formatting Kafka's storage); fails with the log's tail. */
    public void run(String name, List<String> command, Map<String, String> env, Path workDir, Duration timeout) {
        try {
            Files.createDirectories(logs);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile()));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SuiteException(name + " did not finish in " + timeout.toSeconds() + " s; see " + log(name));
            }
            if (process.exitValue() != 0) {
                throw new SuiteException(
                        name + " failed (exit " + process.exitValue() + "); see " + log(name) + "\n" + tail(name, 15));
            }
        } catch (IOException e) {
            throw new SuiteException("cannot run " + name + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SuiteException("interrupted while running " + name);
        }
    }

    /**
     * The live process recorded under this name, if it is still ours: started at the recorded time, or (a pid file
     * of an older suite, without one) with the marker on its command line.
     */
    public Optional<ProcessHandle> running(String name, String marker) {
        return recordedAs(name)
                .flatMap(recorded -> ProcessHandle.of(recorded.pid())
                        .filter(ProcessHandle::isAlive)
                        .filter(p -> recorded.startedAt().isPresent()
                                ? p.info()
                                        .startInstant()
                                        .map(at -> at.toEpochMilli()
                                                == recorded.startedAt().get())
                                        .orElse(false)
                                : p.info()
                                        .commandLine()
                                        .map(c -> c.contains(marker))
                                        .orElse(false)));
    }

    /** What the pid file of this name holds, for a message that has to tell an ended process from a stranger. */
    public String recorded(String name) {
        return recordedAs(name)
                .map(recorded -> "pid " + recorded.pid()
                        + (ProcessHandle.of(recorded.pid())
                                        .map(ProcessHandle::isAlive)
                                        .orElse(false)
                                ? ", a live process that did not start at the recorded time"
                                : ", ended"))
                .orElse("no pid recorded");
    }

    /** A pid file: the pid, and the time the process started in epoch milliseconds (absent in an older suite's). */
    private record Recorded(long pid, Optional<Long> startedAt) {}

    private Optional<Recorded> recordedAs(String name) {
        Path file = pids.resolve(name + ".pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file);
            Optional<Long> startedAt = lines.size() > 1 && !lines.get(1).isBlank()
                    ? Optional.of(Long.parseLong(lines.get(1).trim()))
                    : Optional.empty();
            return Optional.of(new Recorded(Long.parseLong(lines.get(0).trim()), startedAt));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stops our process politely (SIGTERM), then forcibly after the grace period; forgets its pid. */
    public boolean stop(String name, String marker, Duration grace) {
        Optional<ProcessHandle> process = running(name, marker);
        process.ifPresent(p -> {
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            try {
                p.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
        });
        forget(name);
        return process.isPresent();
    }

    public void forget(String name) {
        try {
            Files.deleteIfExists(pids.resolve(name + ".pid"));
        } catch (IOException ignored) {
            // nothing to forget
        }
    }

    public String tail(String name, int lines) {
        try {
            List<String> all = Files.readAllLines(log(name));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
