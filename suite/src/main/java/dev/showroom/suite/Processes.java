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
 * {@code pids/<name>.pid} under the suite's home. Stopping only ever touches a pid recorded there, and
 * only while that process still is the one we started (its command line names the marker we gave it).
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
            Files.writeString(pids.resolve(name + ".pid"), Long.toString(process.pid()));
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

    /** The live process recorded under this name, if it is still ours. */
    public Optional<ProcessHandle> running(String name, String marker) {
        Path file = pids.resolve(name + ".pid");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
        } catch (IOException | NumberFormatException e) {
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
