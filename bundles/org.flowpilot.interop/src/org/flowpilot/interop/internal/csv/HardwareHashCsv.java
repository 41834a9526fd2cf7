package org.flowpilot.interop.internal.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.User;

/**
 * The hardware hash CSV of Intune's device import (add-devices.md): the header
 * {@code Device Serial Number,Windows Product ID,Hardware Hash} optionally followed by {@code ,Group Tag} and
 * {@code ,Assigned User}, at most 500 rows, no extra columns, no quotation marks, ANSI (here: printable ASCII) only,
 * headers case-sensitive.
 */
public final class HardwareHashCsv {

    /** Intune's limit on the device rows of one CSV import. */
    public static final int ROW_LIMIT = 500;
    static final List<String> COLUMNS = List.of("Device Serial Number", "Windows Product ID", "Hardware Hash",
            "Group Tag", "Assigned User");
    private static final int REQUIRED_COLUMNS = 3;

    private HardwareHashCsv() {
    }

    /** Whether {@code content} starts like a hardware hash CSV (possibly with a byte order mark). */
    public static boolean isHardwareHashCsv(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 64), StandardCharsets.ISO_8859_1);
        return start.replaceFirst("^(\u00EF\u00BB\u00BF|\u00FF\u00FE|\u00FE\u00FF)", "").replace("\0", "")
                .regionMatches(true, 0, COLUMNS.get(0), 0, COLUMNS.get(0).length());
    }

    /**
     * Imports the devices of {@code content}: a row updates the device with the same serial number or adds one;
     * an Assigned User is the model's user with that UPN, added when missing. Returns the number of rows.
     */
    public static int importInto(String fileName, byte[] content, AutopilotModel model) throws InteropException {
        List<String[]> rows = parse(fileName, content);
        Map<String, Device> bySerial = model.getDevices().stream().filter(d -> d.getSerialNumber() != null)
                .collect(Collectors.toMap(Device::getSerialNumber, Function.identity(), (a, b) -> a));
        Map<String, User> byUpn = model.getUsers().stream().filter(u -> u.getUserPrincipalName() != null)
                .collect(Collectors.toMap(User::getUserPrincipalName, Function.identity(), (a, b) -> a));
        for (String[] row : rows) {
            Device device = bySerial.computeIfAbsent(row[0], serial -> {
                Device created = FlowpilotFactory.eINSTANCE.createDevice();
                created.setName(serial);
                created.setSerialNumber(serial);
                model.getDevices().add(created);
                return created;
            });
            device.setWindowsProductId(emptyToNull(row[1]));
            device.setHardwareHash(row[2]);
            if (row.length > 3) {
                device.setGroupTag(emptyToNull(row[3]));
            }
            if (row.length > 4) {
                String upn = emptyToNull(row[4]);
                device.setAssignedUser(upn == null ? null : byUpn.computeIfAbsent(upn, name -> {
                    User user = FlowpilotFactory.eINSTANCE.createUser();
                    user.setName(name);
                    user.setUserPrincipalName(name);
                    model.getUsers().add(user);
                    return user;
                }));
            }
        }
        return rows.size();
    }

    private static List<String[]> parse(String fileName, byte[] content) throws InteropException {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\r?\n", -1);
        checkAnsi(fileName, lines);
        String header = lines[0];
        List<String> headerColumns = List.of(header.split(",", -1));
        if (headerColumns.size() < REQUIRED_COLUMNS || headerColumns.size() > COLUMNS.size()
                || !headerColumns.equals(COLUMNS.subList(0, headerColumns.size()))) {
            throw new InteropException(fileName + ": row 1 (header): expected \"" + String.join(",", COLUMNS)
                    + "\" (case-sensitive; Group Tag and Assigned User may be left out); found \"" + header + "\"");
        }
        int columns = headerColumns.size();
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int row = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (rows.size() == ROW_LIMIT) {
                throw new InteropException(fileName + ": row " + row + ": more than " + ROW_LIMIT + " device rows;"
                        + " Intune imports at most " + ROW_LIMIT + " per CSV file: split the file");
            }
            if (line.indexOf('"') >= 0) {
                throw new InteropException(fileName + ": row " + row + ", column " + (line.indexOf('"') + 1)
                        + ": quotation marks are not allowed; expected plain comma-separated values");
            }
            String[] fields = line.split(",", -1);
            if (fields.length != columns) {
                throw new InteropException(fileName + ": row " + row + ": expected " + columns + " columns ("
                        + String.join(",", headerColumns) + "); found " + fields.length
                        + (fields.length > columns ? ": extra columns are not allowed" : ""));
            }
            if (fields[0].isBlank()) {
                throw new InteropException(fileName + ": row " + row + ": expected a Device Serial Number; found"
                        + " an empty field");
            }
            if (fields[2].isBlank()) {
                throw new InteropException(fileName + ": row " + row + ": expected a Hardware Hash; found an empty"
                        + " field");
            }
            rows.add(fields);
        }
        return rows;
    }

    private static void checkAnsi(String fileName, String[] lines) throws InteropException {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            for (int column = 0; column < line.length(); column++) {
                char c = line.charAt(column);
                if (c < 0x20 && c != '\t' || c > 0x7E) {
                    throw new InteropException(fileName + ": row " + (i + 1) + ", column " + (column + 1)
                            + ": expected ANSI text (printable ASCII, not Unicode); found the byte 0x"
                            + String.format("%02X", (int) c) + (i == 0 && column == 0 ? " (a byte order mark:"
                                    + " save the file as ANSI, not UTF-8 or Unicode)" : ""));
                }
            }
        }
    }

    /**
     * The CSV of {@code model}'s devices, exactly as Intune's import expects: the five-column header, one row per
     * device, CRLF line ends, ASCII.
     */
    public static byte[] write(AutopilotModel model) throws InteropException {
        if (model.getDevices().size() > ROW_LIMIT) {
            throw new InteropException("the model has " + model.getDevices().size() + " devices; one hardware hash"
                    + " CSV holds at most " + ROW_LIMIT + ": export a model with fewer devices");
        }
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        for (Device device : model.getDevices()) {
            String[] fields = {device.getSerialNumber(), device.getWindowsProductId(), device.getHardwareHash(),
                device.getGroupTag(),
                device.getAssignedUser() == null ? null : device.getAssignedUser().getUserPrincipalName()};
            if (fields[0] == null || fields[0].isEmpty() || fields[2] == null || fields[2].isEmpty()) {
                throw new InteropException("device '" + device.getName() + "' has no " + (fields[0] == null
                        || fields[0].isEmpty() ? "serial number" : "hardware hash") + ", which the CSV requires");
            }
            for (int i = 0; i < fields.length; i++) {
                String field = fields[i] == null ? "" : fields[i];
                if (!field.matches("[\\x20-\\x7E]*") || field.contains(",") || field.contains("\"")) {
                    throw new InteropException("device '" + device.getName() + "' has a " + COLUMNS.get(i)
                            + " with commas, quotation marks or non-ANSI characters, which the CSV cannot carry");
                }
                csv.append(i == 0 ? "" : ",").append(field);
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
