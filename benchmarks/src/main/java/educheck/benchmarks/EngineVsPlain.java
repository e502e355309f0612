package educheck.benchmarks;

import educheck.checker.run.DistrictChecker;
import educheck.checker.run.SessionThreads;
import educheck.checker.report.DistrictReport;
import educheck.model.District;
import educheck.model.Finding;
import educheck.model.StandardVerdict;
import educheck.model.Verdict;
import educheck.model.io.SubmissionReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/**
 * educheck's checker and the plain-Java evaluator on the same districts in the same run, one district at a time
 * on one thread, each timed by the thread's CPU clock (other sessions on the machine then do not count). Before
 * a district's times count, the two must agree on its MoE-2017 and MoE-2020 verdicts and on the status of every
 * national finding; a disagreement stops the benchmark, since the comparison would mean nothing.
 */
final class EngineVsPlain {

    /**
     * Totals over the districts timed. {@code rulesCpuSeconds} is the engine's part alone (the session that makes
     * the findings and verdicts, {@link DistrictChecker#assess}), the work the plain evaluator does too;
     * {@code educheckCpuSeconds} is the whole {@link DistrictChecker#check}, which also puts the findings in
     * catalogue order, names each one's rule file and works out the rectification list.
     */
    record Result(int districts, int warmUp, long findings, double rulesCpuSeconds, double educheckCpuSeconds, double plainCpuSeconds) {
        double ratio() {
            return educheckCpuSeconds / plainCpuSeconds;
        }

        double rulesRatio() {
            return rulesCpuSeconds / plainCpuSeconds;
        }
    }

    private final DistrictChecker checker;
    private final ThreadMXBean cpu = ManagementFactory.getThreadMXBean();

    EngineVsPlain(DistrictChecker checker) {
        this.checker = checker;
    }

    /** This thread's CPU time: the sessions run on it, as on a check's workers. */
    private long cpuNow() {
        return cpu.getCurrentThreadCpuTime();
    }

    /**
     * Checks every district of {@code files}; the first {@code warmUp} only warm both up and are not timed. They are
     * checked on a session thread, where a check's workers run them: on any other thread each session would be handed
     * to one (RuleBudget), a cost no run pays.
     */
    Result run(List<Path> files, int warmUp) {
        SessionThreads thread = new SessionThreads(1, "educheck-bench");
        try {
            return thread.submit(() -> timed(files, warmUp)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            thread.shutdownNow();
        }
    }

    private Result timed(List<Path> files, int warmUp) {
        // Totals of the timed districts: rules, check and plain Java CPU nanoseconds (as Result orders them), then findings.
        long[] totals = new long[4];
        int[] counts = new int[2];
        SubmissionReader reader = new SubmissionReader();
        for (Path file : files) {
            reader.read(file, input -> {
                if (!input.isValid()) {
                    throw new IllegalStateException("generated district " + input.code() + " does not read: " + input.errors());
                }
                District d = input.district();
                long t0 = cpuNow();
                DistrictChecker.Assessed assessed = checker.assess(d);
                long t1 = cpuNow();
                DistrictReport report = checker.check(file, d);
                long t2 = cpuNow();
                PlainNational.Result plain = PlainNational.evaluate(d);
                long t3 = cpuNow();
                agree(d.getCode(), report, plain);
                if (assessed.findings().size() != report.findings().size()) {
                    throw new IllegalStateException("district " + d.getCode() + ": the session alone made "
                            + assessed.findings().size() + " findings, the check " + report.findings().size());
                }
                if (counts[0]++ >= warmUp) {
                    counts[1]++;
                    totals[0] += t1 - t0;
                    totals[1] += t2 - t1;
                    totals[2] += t3 - t2;
                    totals[3] += plain.findings().size();
                }
            });
        }
        return new Result(counts[1], Math.min(warmUp, counts[0]), totals[3], totals[0] / 1e9, totals[1] / 1e9, totals[2] / 1e9);
    }

    /** Same verdicts, and the same status for every national finding (id and subject). */
    static void agree(String code, DistrictReport report, PlainNational.Result plain) {
        Verdict moe2017 = report.standard("MoE-2017").map(StandardVerdict::getVerdict).orElse(null);
        Verdict moe2020 = report.standard("MoE-2020").map(StandardVerdict::getVerdict).orElse(null);
        List<String> problems = new ArrayList<>();
        if (moe2017 != plain.moe2017()) {
            problems.add("MoE-2017 verdict: educheck " + moe2017 + ", plain Java " + plain.moe2017());
        }
        if (moe2020 != plain.moe2020()) {
            problems.add("MoE-2020 verdict: educheck " + moe2020 + ", plain Java " + plain.moe2020());
        }
        Map<String, String> educheck = new HashMap<>();
        for (Finding f : report.findings()) {
            if (f.getId().startsWith("CN.")) {
                educheck.put(f.getId() + " " + f.getSubject(), f.getStatus().name());
            }
        }
        Map<String, String> hand = new HashMap<>();
        for (Finding f : plain.findings()) {
            hand.put(f.getId() + " " + f.getSubject(), f.getStatus().name());
        }
        if (!educheck.equals(hand)) {
            Map<String, String> differ = new HashMap<>();
            educheck.forEach((k, v) -> {
                if (!v.equals(hand.get(k))) {
                    differ.put(k, "educheck " + v + ", plain Java " + hand.get(k));
                }
            });
            hand.forEach((k, v) -> differ.putIfAbsent(k, educheck.containsKey(k) ? differ.get(k) : "educheck none, plain Java " + v));
            differ.values().removeIf(v -> v == null);
            problems.add(differ.size() + " findings differ, e.g. " + differ.entrySet().stream().limit(5).toList());
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("district " + code + ": educheck and the plain-Java evaluator disagree: " + problems);
        }
    }
}
