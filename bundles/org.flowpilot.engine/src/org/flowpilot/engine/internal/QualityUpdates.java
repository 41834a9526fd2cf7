package org.flowpilot.engine.internal;

/**
 * Whether Windows quality updates install at the end of OOBE, after the ESP ("Install Windows quality updates",
 * windows-enrollment-status.md): Windows 11 only, with the setting Yes on a page that shows, never in the technician
 * flow; the device might leave a page that does not block device use before they apply, and a page bypassed with
 * Continue anyway never completes.
 */
enum QualityUpdates {
    /** The setting does not apply to this run: Windows 10, the technician flow, the setting No or no page. */
    NOT_CONFIGURED(0, ""),
    /** They install: 20 to 40 minutes, the clock counts the lower figure. */
    INSTALLED(Durations.QUALITY_UPDATES.minutes(), " Before this, Windows quality updates installed at the end of"
            + " OOBE (Windows 11, ESP setting Install Windows quality updates: Yes), which takes 20 to 40 minutes; the"
            + " clock counts " + Durations.QUALITY_UPDATES.minutes() + "."),
    /** The page does not block device use: the device can leave it first. */
    NOT_WAITED_FOR(0, " Install Windows quality updates is Yes, but Block device use until all apps and profiles are"
            + " installed is No: the device might leave the ESP before the quality updates are applied"
            + " (windows-enrollment-status.md), and the person left it, so none are counted."),
    /** Continue anyway bypassed the page before it completed. */
    ESP_BYPASSED(0, " Install Windows quality updates is Yes, but the quality updates install after the ESP completes"
            + " (windows-enrollment-status.md) and the ESP was bypassed with Continue anyway; the documents do not say"
            + " whether they install then, so none are counted.");

    private final int minutes;
    private final String note;

    QualityUpdates(int minutes, String note) {
        this.minutes = minutes;
        this.note = note;
    }

    int minutes() {
        return minutes;
    }

    /** What the step's reason adds, starting with a space, or nothing. */
    String note() {
        return note;
    }

    /** What becomes of the quality updates in the run {@code run} describes, as it ends in {@code end}. */
    static QualityUpdates of(RunContext run, State end) {
        if (!run.windows11 || run.mode == RunContext.Mode.TECHNICIAN || !run.esp.isInstallWindowsQualityUpdates()
                || !run.esp.isShowAppAndProfileConfigurationProgress()) {
            return NOT_CONFIGURED;
        }
        if (end.espBypassed()) {
            return ESP_BYPASSED;
        }
        return run.blocksDeviceUse ? INSTALLED : NOT_WAITED_FOR;
    }
}
