package org.flowpilot.testing.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

class ScreenshotTest extends DriverTestBase {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	@Test
	void savesTheWholeDisplayAsPng() throws IOException {
		Path file = driver.screenshot("driver-test-shell");
		assertEquals(Screenshots.directory().resolve("driver-test-shell.png"), file);
		assertPngOfDisplaySize(file);
		// The test shell is white-ish and the Xvfb root is black: a blank capture would be one colour.
		ImageData data = new ImageData(file.toString());
		assertTrue(data.getPixel(60, 120) != data.getPixel(5, 5) || data.getPixel(200, 200) != data.getPixel(5, 5),
				"screenshot shows nothing but background");
	}

	@Test
	void savesAScreenshotWhenATestFails() throws Exception {
		Path expected = Screenshots.directory().resolve("FAILED-ScreenshotTest.pretendFailure.png");
		Files.deleteIfExists(expected);
		AssertionError cause = new AssertionError("pretend");
		new ScreenshotOnFailure(driver::display).testFailed(contextOf(getClass().getDeclaredMethod("pretendFailure")),
				cause);
		assertPngOfDisplaySize(expected);
		assertEquals(0, cause.getSuppressed().length);
	}

	void pretendFailure() {
		// named in the screenshot above
	}

	private void assertPngOfDisplaySize(Path file) throws IOException {
		assertTrue(Files.isRegularFile(file), file + " was not written");
		try (InputStream in = Files.newInputStream(file)) {
			assertArrayEquals(PNG_SIGNATURE, in.readNBytes(8), "not a PNG");
		}
		Rectangle display = driver.onUi(driver.display()::getBounds);
		ImageData data = new ImageData(file.toString());
		assertEquals(display.width, data.width);
		assertEquals(display.height, data.height);
	}

	private static ExtensionContext contextOf(Method method) {
		// The API bundle's own loader sees every type ExtensionContext mentions; this bundle imports only some.
		return (ExtensionContext) Proxy.newProxyInstance(ExtensionContext.class.getClassLoader(),
				new Class<?>[] { ExtensionContext.class }, (proxy, called, args) -> switch (called.getName()) {
				case "getRequiredTestClass" -> method.getDeclaringClass();
				case "getTestMethod" -> Optional.of(method);
				case "toString" -> "context of " + method;
				default -> throw new UnsupportedOperationException(called.getName() + Arrays.toString(args));
				});
	}
}
