package org.flowpilot.testing.internal;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.internal.gtk.GDK;
import org.eclipse.swt.internal.gtk.GTK;
import org.eclipse.swt.internal.gtk.GtkAllocation;
import org.eclipse.swt.internal.gtk3.GTK3;
import org.eclipse.swt.widgets.MenuItem;

/**
 * Screen geometry that SWT does not expose on GTK: where a menu item is drawn. Needed to click menus with real
 * pointer input, as a person does. Call on the UI thread.
 */
public final class GtkGeometry {

	private GtkGeometry() {
	}

	/** Whether the item's GTK widget is on the screen (its menu is open). */
	public static boolean isShowing(MenuItem item) {
		return GTK.gtk_widget_get_mapped(item.handle) && GTK.gtk_widget_get_visible(item.handle);
	}

	/** The item's bounds in display coordinates; only meaningful while {@link #isShowing(MenuItem)}. */
	public static Rectangle displayBounds(MenuItem item) {
		GtkAllocation allocation = new GtkAllocation();
		GTK.gtk_widget_get_allocation(item.handle, allocation);
		long window = GTK3.gtk_widget_get_window(item.handle);
		int[] x = new int[1];
		int[] y = new int[1];
		GDK.gdk_window_get_origin(window, x, y);
		return new Rectangle(x[0] + allocation.x, y[0] + allocation.y, allocation.width, allocation.height);
	}
}
