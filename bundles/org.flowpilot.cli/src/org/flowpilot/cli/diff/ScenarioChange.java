package org.flowpilot.cli.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.flowpilot.cli.report.Explain;

/**
 * One scenario of the explain matrix that a person sees differently: its screens, outcome or minutes differ, or it
 * happens on one side only, because the profile's deployment mode changed ({@code FlowKinds.fits}).
 *
 * @param scenario the case of the matrix
 * @param before what it gave before; null when it does not happen with the profile before
 * @param after what it gives after; null when it does not happen with the profile after
 */
public record ScenarioChange(Explain.Case scenario, Explain.Row before, Explain.Row after) {

    /** What the tables say for a side where the scenario does not happen. */
    public static final String DOES_NOT_HAPPEN = "does not happen";

    /** Whether a person sees {@code before} and {@code after} alike: the same screens, outcome and minutes. */
    static boolean seenAlike(Explain.Row before, Explain.Row after) {
        return before.screens().equals(after.screens()) && before.espPhases().equals(after.espPhases())
                && before.outcome() == after.outcome() && Objects.equals(before.errorCode(), after.errorCode())
                && before.clockMinutes() == after.clockMinutes();
    }

    /**
     * Both screen sequences in one, in order: screens only before marked {@code -}, screens only after marked
     * {@code +}, such as {@code keyboard > -privacy > esp(account-setup)}.
     */
    public List<String> mergedScreens() {
        List<String> was = before == null ? List.of() : before.screensWithPhases();
        List<String> is = after == null ? List.of() : after.screensWithPhases();
        // Longest common subsequence: screen lists are short (a few dozen), so the quadratic table is cheap.
        int[][] common = new int[was.size() + 1][is.size() + 1];
        for (int i = was.size() - 1; i >= 0; i--) {
            for (int j = is.size() - 1; j >= 0; j--) {
                common[i][j] = was.get(i).equals(is.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> merged = new ArrayList<>(was.size() + is.size());
        int i = 0;
        int j = 0;
        while (i < was.size() || j < is.size()) {
            if (i < was.size() && j < is.size() && was.get(i).equals(is.get(j))) {
                merged.add(was.get(i++));
                j++;
            } else if (j == is.size() || i < was.size() && common[i + 1][j] >= common[i][j + 1]) {
                merged.add("-" + was.get(i++));
            } else {
                merged.add("+" + is.get(j++));
            }
        }
        return merged;
    }

    /**
     * What changed, briefly: the screens no longer and newly shown, the outcome and the minutes, such as
     * {@code -privacy; 5 → 4 min}, or that the scenario now happens or no longer does.
     */
    public String summary() {
        if (before == null) {
            return "now happens";
        }
        if (after == null) {
            return "no longer happens";
        }
        List<String> parts = new ArrayList<>();
        List<String> screens = mergedScreens().stream().filter(s -> s.startsWith("-") || s.startsWith("+")).toList();
        if (!screens.isEmpty()) {
            parts.add(String.join(" ", screens));
        }
        String outcomeBefore = Explain.outcome(before);
        String outcomeAfter = Explain.outcome(after);
        if (!outcomeBefore.equals(outcomeAfter)) {
            parts.add(outcomeBefore + " \u2192 " + outcomeAfter);
        }
        if (before.clockMinutes() != after.clockMinutes()) {
            parts.add(before.clockMinutes() + " \u2192 " + after.clockMinutes() + " min");
        }
        return String.join("; ", parts);
    }
}
