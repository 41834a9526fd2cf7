package org.flowpilot.interop.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The two fixture backup trees ({@code fixtures/backup-json}, {@code fixtures/backup-yaml}): one Woodgrove tenant
 * laid out the way IntuneCD backs a tenant up, once as JSON and once as YAML, with files of other kinds mixed in.
 * A test bundle's resources cannot be listed, so the tree's files are named here.
 */
final class BackupTrees {

    /** The files of each tree, with {@code EXT} standing for {@code json} or {@code yaml}. */
    private static final List<String> FILES = List.of(
            "README.md",
            "Assignment Report/report.EXT",
            "Autopilot Devices/c2a1f4e8-3b7d-4f19-a6e2-8d5c0b9f1a37_windowsAutopilotDeviceIdentity.EXT",
            "Autopilot Devices/e4b7a9d1-6c2f-4e83-b5a0-7f1d3c8e2b64_windowsAutopilotDeviceIdentity.EXT",
            "Device Configurations/WG BitLocker_windows10EndpointProtectionConfiguration.EXT",
            "Enrollment Configurations/Woodgrove device limit_deviceEnrollmentLimitConfiguration.EXT",
            "Enrollment Profiles/Windows/ESP/All users and all devices_windows10EnrollmentCompletionPageConfiguration.EXT",
            "Enrollment Profiles/Windows/ESP/Woodgrove ESP_windows10EnrollmentCompletionPageConfiguration.EXT",
            "Enrollment Profiles/Windows/Woodgrove hybrid desktops_activeDirectoryWindowsAutopilotDeploymentProfile.EXT",
            "Enrollment Profiles/Windows/Woodgrove user-driven_azureADWindowsAutopilotDeploymentProfile.EXT",
            "Scripts/Powershell/Script Data/WG set time zone.ps1",
            "Settings Catalog/WG Edge baseline_mdm.EXT",
            "__archive__/2025-01-07_10-00-00/Woodgrove retired_azureADWindowsAutopilotDeploymentProfile.EXT");

    static final String USER_DRIVEN = "Enrollment Profiles/Windows/"
            + "Woodgrove user-driven_azureADWindowsAutopilotDeploymentProfile.";
    static final String ESP = "Enrollment Profiles/Windows/ESP/Woodgrove ESP_windows10EnrollmentCompletionPageConfiguration.";

    private BackupTrees() {
    }

    /** Copies the tree in {@code format} ({@code json} or {@code yaml}) to a new folder under {@code parent}. */
    static Path copy(String format, Path parent) throws IOException {
        Path root = Files.createDirectories(parent.resolve("backup-" + format));
        for (String file : FILES) {
            String name = file.replace(".EXT", "." + format);
            Path target = root.resolve(name);
            Files.createDirectories(target.getParent());
            Files.write(target, Fixtures.bytes("backup-" + format + "/" + name));
        }
        return root;
    }
}
