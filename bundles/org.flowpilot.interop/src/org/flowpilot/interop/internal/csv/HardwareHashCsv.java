package org.flowpilot.interop.internal.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flowpilot.interop.base.InteropException;
import org.flowpilot.interop.base.Warnings;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.Device;
import org.flowpilot.model.FlowpilotFactory;
import org.flowpilot.model.User;

/**
 * The hardware hash CSV of Intune's device import (add-devices.md): the header
 * {@code Device Serial Number,Windows Product ID,Hardware Hash} optionally followed by {@code ,Group Tag} and
 * {@code ,Assigned User}, no extra columns, no quotation marks, ANSI (here: printable ASCII) only, headers
 * case-sensitive.
 * <p>
 * Intune's upload takes at most {@value #ROW_LIMIT} rows per file. That is a rule of the upload, not of the format:
 * a tenant's device list (100,000 devices exist) is read whole, with a warning that the file must be split before
 * it is uploaded; validation rule AP16 says the same of a model with more devices.
 */
public final class HardwareHashCsv {

    /** Intune's limit on the device rows of one CSV upload. */
    public static final int ROW_LIMIT = 500;
    static final List<String> COLUMNS = List.of("Device Serial Number", "Windows Product ID", "Hardware Hash",
            "Group Tag", "Assigned User");
    private static final int REQUIRED_COLUMNS = 3;
    // What each byte is to the reader: one table lookup per byte, as a 100,000-row file is about 400 MB.
    private static final byte ORDINARY = 0;
    private static final byte COMMA = 1;
    private static final byte QUOTE = 2;
    private static final byte LINE_FEED = 3;
    private static final byte NOT_ANSI = 4;
    private static final byte[] KIND = new byte[256];

    static {
        for (int b = 0; b < KIND.length; b++) {
            KIND[b] = b < 0x20 && b != '\t' || b > 0x7E ? NOT_ANSI : ORDINARY;
        }
        KIND[','] = COMMA;
        KIND['"'] = QUOTE;
        KIND['\n'] = LINE_FEED;
    }

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
    public static int importInto(String fileName, byte[] content, AutopilotModel model, Warnings warnings)
            throws InteropException {
        List<String[]> rows = parse(fileName, content);
        if (rows.size() > ROW_LIMIT) {
            warnings.add(fileName + ": row " + (ROW_LIMIT + 2) + ": warning: " + rows.size() + " device rows;"
                    + " Intune's upload takes at most " + ROW_LIMIT + " per CSV file: split the file before uploading"
                    + " it");
        }
        Map<String, Device> bySerial = new HashMap<>();
        for (Device device : model.getDevices()) {
            if (device.getSerialNumber() != null) {
                bySerial.putIfAbsent(device.getSerialNumber(), device);
            }
        }
        Map<String, User> byUpn = new HashMap<>();
        for (User user : model.getUsers()) {
            if (user.getUserPrincipalName() != null) {
                byUpn.putIfAbsent(user.getUserPrincipalName(), user);
            }
        }
        // New elements join the model in one addAll each: one notification, not one per row.
        List<Device> newDevices = new ArrayList<>();
        List<User> newUsers = new ArrayList<>();
        for (String[] row : rows) {
            Device device = bySerial.computeIfAbsent(row[0], serial -> {
                Device created = FlowpilotFactory.eINSTANCE.createDevice();
                created.setName(serial);
                created.setSerialNumber(serial);
                newDevices.add(created);
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
                    newUsers.add(user);
                    return user;
                }));
            }
        }
        model.getUsers().addAll(newUsers);
        model.getDevices().addAll(newDevices);
        return rows.size();
    }

    // One pass over the bytes.
    private static List<String[]> parse(String fileName, byte[] content) throws InteropException {
        int headerEnd = lineEnd(content, 0);
        checkAnsi(fileName, content, 0, headerEnd, 1);
        String header = new String(content, 0, headerEnd, StandardCharsets.ISO_8859_1);
        List<String> headerColumns = List.of(header.split(",", -1));
        if (headerColumns.size() < REQUIRED_COLUMNS || headerColumns.size() > COLUMNS.size()
                || !headerColumns.equals(COLUMNS.subList(0, headerColumns.size()))) {
            throw new InteropException(fileName + ": row 1 (header): expected \"" + String.join(",", COLUMNS)
                    + "\" (case-sensitive; Group Tag and Assigned User may be left out); found \"" + header + "\"");
        }
        int columns = headerColumns.size();
        List<String[]> rows = new ArrayList<>();
        int[] commas = new int[columns];
        int row = 1;
        int start = headerEnd;
        while (start < content.length && content[start] != '\n') {
            start++;
        }
        start++;
        while (start < content.length) {
            row++;
            // The row's commas and its end, checking every byte on the way.
            int found = 0;
            int i = start;
            for (; i < content.length; i++) {
                byte kind = KIND[content[i] & 0xFF];
                if (kind == ORDINARY) {
                    continue;
                }
                if (kind == LINE_FEED) {
                    break;
                }
                if (kind == COMMA) {
                    if (found < columns) {
                        commas[found] = i;
                    }
                    found++;
                } else if (kind == QUOTE) {
                    throw new InteropException(fileName + ": row " + row + ", column " + (i - start + 1)
                            + ": quotation marks are not allowed; expected plain comma-separated values");
                } else if (!(content[i] == '\r' && i + 1 < content.length && content[i + 1] == '\n')) {
                    checkAnsi(fileName, content, start, i + 1, row);
                }
            }
            int next = i + 1;
            int end = i > start && content[i - 1] == '\r' && i < content.length ? i - 1 : i;
            if (end > start) {
                rows.add(fields(fileName, content, start, end, commas, found, row, headerColumns));
            }
            start = next;
        }
        return rows;
    }

    private static String[] fields(String fileName, byte[] content, int start, int end, int[] commas, int found,
            int row, List<String> headerColumns) throws InteropException {
        int columns = headerColumns.size();
        if (found + 1 != columns) {
            throw new InteropException(fileName + ": row " + row + ": expected " + columns + " columns ("
                    + String.join(",", headerColumns) + "); found " + (found + 1)
                    + (found + 1 > columns ? ": extra columns are not allowed" : ""));
        }
        String[] fields = new String[columns];
        int fieldStart = start;
        for (int column = 0; column < columns; column++) {
            int fieldEnd = column < columns - 1 ? commas[column] : end;
            fields[column] = new String(content, fieldStart, fieldEnd - fieldStart, StandardCharsets.ISO_8859_1);
            fieldStart = fieldEnd + 1;
        }
        if (fields[0].isBlank()) {
            throw new InteropException(fileName + ": row " + row + ": expected a Device Serial Number; found"
                    + " an empty field");
        }
        if (fields[2].isBlank()) {
            throw new InteropException(fileName + ": row " + row + ": expected a Hardware Hash; found an empty"
                    + " field");
        }
        return fields;
    }

    /** Where the header ends: before its LF, or its CR LF, or at the end of the content. */
    private static int lineEnd(byte[] content, int start) {
        int end = start;
        while (end < content.length && content[end] != '\n') {
            end++;
        }
        return end > start && end < content.length && content[end - 1] == '\r' ? end - 1 : end;
    }

    private static void checkAnsi(String fileName, byte[] content, int start, int end, int row)
            throws InteropException {
        for (int i = start; i < end; i++) {
            int c = content[i] & 0xFF;
            if (c < 0x20 && c != '\t' || c > 0x7E) {
                throw new InteropException(fileName + ": row " + row + ", column " + (i - start + 1)
                        + ": expected ANSI text (printable ASCII, not Unicode); found the byte 0x"
                        + String.format("%02X", c) + (row == 1 && i == 0 ? " (a byte order mark:"
                                + " save the file as ANSI, not UTF-8 or Unicode)" : ""));
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
