package org.flowpilot.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.FormEditor;
import org.flowpilot.model.Device;
import org.flowpilot.model.User;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Users and devices page: sorting, filtering, editing in place, New, Delete and importing devices. */
@ExtendWith(ScreenshotOnFailure.class)
class UsersAndDevicesTest {

	private static final String DEVICES = FlowpilotUi.USERS_AND_DEVICES_PAGE_ID + ".devices";
	private static final String USERS = FlowpilotUi.USERS_AND_DEVICES_PAGE_ID + ".users";

	@TempDir
	Path folder;

	private EditorFixture fixture;
	private SwtDriver driver;
	private FormEditor editor;

	@BeforeEach
	void open() throws Exception {
		fixture = new EditorFixture("Users and devices test");
		driver = fixture.driver;
		editor = fixture.open(fixture.copyOfExample("people.autopilot"));
		fixture.showPage(editor, "Users and devices");
	}

	@AfterEach
	void closeAndDelete() throws Exception {
		fixture.delete();
	}

	private List<String> column(String tableId, int index) {
		Table table = fixture.byId(Table.class, tableId);
		return driver.onUi(() -> Arrays.stream(table.getItems()).map(item -> item.getText(index)).toList());
	}

	@Test
	void sortsFiltersAndEditsDevicesInPlace() throws InterruptedException {
		assertEquals(List.of("5CG3381KQZ", "PF4K7M2Q"), column(DEVICES, 0));
		Table devices = fixture.byId(Table.class, DEVICES);
		TableColumn serial = driver.onUi(() -> devices.getColumn(0));
		assertEquals(DEVICES + ".column.0", driver.onUi(() -> serial.getData(SwtDriver.ID_KEY)));
		fixture.reveal(devices);
		clickHeader(serial);
		driver.waitUntil("the table to sort by serial number", () -> driver.onUi(() -> devices.getSortColumn() == serial));
		// Two clicks in quick succession are a double-click; a person clicking twice pauses longer than that.
		Thread.sleep(driver.onUi(() -> driver.display().getDoubleClickTime()) + 100L);
		clickHeader(serial);
		driver.waitUntil("a second click to sort descending",
				() -> column(DEVICES, 0).equals(List.of("PF4K7M2Q", "5CG3381KQZ")));

		Text filter = fixture.byId(Text.class, DEVICES + ".filter");
		driver.click(filter);
		driver.type("Lenovo");
		driver.waitUntil("the filter to keep the Lenovo only", () -> column(DEVICES, 0).equals(List.of("PF4K7M2Q")));
		fixture.screenshot("users-and-devices-page");

		TableItem row = driver.find(TableItem.class, item -> "PF4K7M2Q".equals(item.getText(0))
				&& DEVICES.equals(item.getParent().getData(SwtDriver.ID_KEY)), "the Lenovo's row");
		editCell(row, 4, "Front-Desk");
		driver.waitUntil("the group tag to change", () -> driver.onUi(() -> device("PF4K7M2Q").getGroupTag())
				.equals("Front-Desk"));
		assertTrue(driver.onUi(editor::isDirty));
		driver.clickMenu(fixture.shell, "Edit", "Undo Set");
		driver.waitUntil("undo to restore the group tag", () -> driver.onUi(() -> device("PF4K7M2Q").getGroupTag())
				.equals("Contoso-PP"));
	}

	@Test
	void addsAndDeletesUsersAndImportsDevicesAsOneCommand() throws Exception {
		driver.click(fixture.byId(Button.class, USERS + ".new"));
		driver.waitUntil("a new user", () -> driver.onUi(() -> fixture.modelOf(editor).getUsers().stream()
				.map(User::getName).toList()).contains("New user"));
		driver.waitUntil("the new user's row", () -> column(USERS, 0).contains("New user"));
		driver.click(fixture.byId(Button.class, USERS + ".delete"));
		driver.waitUntil("the new user to go", () -> !column(USERS, 0).contains("New user"));

		Path csv = Files.writeString(folder.resolve("devices.csv"), "Device Serial Number,Windows Product ID,"
				+ "Hardware Hash,Group Tag,Assigned User\nSN-NEW-1,,T0FBQQ==,Contoso-PP,\nSN-NEW-2,,T0FBQg==,,\n",
				StandardCharsets.US_ASCII);
		Button importButton = fixture.byId(Button.class, DEVICES + ".import");
		fixture.reveal(importButton);
		NativeFileDialog.choose(driver, importButton, "Import Devices from a Hardware Hash CSV", csv);
		driver.waitUntil("the imported devices to be listed",
				() -> column(DEVICES, 0).containsAll(List.of("SN-NEW-1", "SN-NEW-2")));
		assertEquals(4, driver.onUi(() -> fixture.modelOf(editor).getDevices().size()));
		driver.clickMenu(fixture.shell, "Edit", "Undo Import devices.csv");
		driver.waitUntil("one undo to take both devices back", () -> driver.onUi(() -> fixture.modelOf(editor)
				.getDevices().size()) == 2);
	}

	private Device device(String serial) {
		return fixture.modelOf(editor).getDevices().stream().filter(d -> serial.equals(d.getSerialNumber()))
				.findFirst().orElseThrow();
	}

	private void clickHeader(TableColumn column) {
		Point center = driver.onUi(() -> {
			Table table = column.getParent();
			int x = 0;
			for (int index : table.getColumnOrder()) {
				TableColumn current = table.getColumn(index);
				if (current == column) {
					break;
				}
				x += current.getWidth();
			}
			// On GTK a table's coordinates start below its header.
			Point topLeft = table.toDisplay(x + column.getWidth() / 2, 0);
			return new Point(topLeft.x, topLeft.y - table.getHeaderHeight() / 2);
		});
		driver.clickAt(center);
	}

	// A click on a cell opens its editor with the text selected; typing replaces it and Enter sets it.
	private void editCell(TableItem row, int columnIndex, String value) {
		Point cell = driver.onUi(() -> {
			Rectangle bounds = row.getBounds(columnIndex);
			return row.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		});
		driver.clickAt(cell);
		Text editor = driver.find(Text.class, text -> text.getParent() == driver.onUi(row::getParent)
				&& text.isVisible(), "the cell's editor");
		driver.runOnUi(editor::selectAll);
		driver.type(value);
		driver.waitUntil("the cell editor to read " + value, () -> driver.onUi(editor::getText).equals(value));
		driver.pressKey(SWT.CR);
	}
}
