package org.flowpilot.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

class SwtDriverInputTest extends DriverTestBase {

	@Test
	void clicksAButtonWithRealMouseInput() {
		driver.click(window.okButton);
		driver.waitUntil("button selection", () -> window.events.contains("button:selected"));
		// A synthetic selection would not have produced the mouse-down that a real click does.
		assertEquals(List.of("button:mouseDown", "button:selected"), List.copyOf(window.events));
	}

	@Test
	void clicksTreeItems() {
		TreeItem fabrikam = driver.findByText(TreeItem.class, "Fabrikam self-deploying");
		driver.click(fabrikam);
		driver.waitUntil("tree selection", () -> window.events.contains("tree:Fabrikam self-deploying"));
		assertEquals("Fabrikam self-deploying", driver.onUi(() -> window.tree.getSelection()[0].getText()));
	}

	@Test
	void clicksToolItems() {
		driver.click(window.runItem);
		driver.waitUntil("tool item selection", () -> window.events.contains("tool:Run"));
		assertTrue(window.events.contains("tool:Run"));
	}

	@Test
	void typesTextWithRealKeyEvents() {
		driver.click(window.nameText);
		driver.focus(window.nameText);
		driver.type("Contoso-%SERIAL% 42");
		driver.waitUntil("typed text", () -> "Contoso-%SERIAL% 42".equals(driver.onUi(window.nameText::getText)));
		assertEquals("Contoso-%SERIAL% 42", driver.onUi(window.nameText::getText));
	}

	@Test
	void pressesKeysWithModifiers() {
		driver.focus(window.groupTagText);
		driver.type("abc");
		driver.pressKey('a', SWT.CTRL);
		driver.pressKey(SWT.BS);
		driver.waitUntil("text deleted", () -> driver.onUi(window.groupTagText::getText).isEmpty());
		assertEquals("", driver.onUi(window.groupTagText::getText));
	}
}
