package org.flowpilot.app.internal;

import java.net.URL;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.SWT;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.osgi.framework.Bundle;

/**
 * The images of the resource and problem views that the IDE's own workbench advisor declares and an RCP advisor
 * must declare itself: project icons in the Project Explorer, severity icons in the Problems view, the Quick Fix
 * dialog's banner. Without them those views draw empty squares.
 */
final class IdeImages {

	private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

	// Symbolic names the IDE's views look the images up by, and their files in org.eclipse.ui.ide.
	private static final Map<String, String> IMAGES = Map.ofEntries(
			Map.entry("IMG_OBJ_PROJECT", "icons/full/obj16/prj_obj.svg"),
			Map.entry("IMG_OBJ_PROJECT_CLOSED", "icons/full/obj16/cprj_obj.svg"),
			Map.entry("IMG_OPEN_MARKER", "icons/full/elcl16/gotoobj_tsk.svg"),
			Map.entry("IMG_ELCL_QUICK_FIX_ENABLED", "icons/full/elcl16/smartmode_co.svg"),
			Map.entry("IMG_OBJS_FIXABLE_WARNING", "icons/full/obj16/quickfix_warning_obj.svg"),
			Map.entry("IMG_OBJS_FIXABLE_ERROR", "icons/full/obj16/quickfix_error_obj.svg"),
			Map.entry("IMG_OBJS_FIXABLE_INFO", "icons/full/obj16/quickfix_info_obj.svg"),
			Map.entry("IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.svg"),
			Map.entry("IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.svg"),
			Map.entry("IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.svg"),
			Map.entry("IMG_LCL_FLAT_LAYOUT", "icons/full/elcl16/flatLayout.svg"),
			Map.entry("IMG_LCL_HIERARCHICAL_LAYOUT", "icons/full/elcl16/hierarchicalLayout.svg"),
			Map.entry("IMG_ETOOL_PROBLEM_CATEGORY", "icons/full/etool16/problem_category.svg"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW", "icons/full/eview16/problems_view.svg"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_ERROR", "icons/full/eview16/problems_view_error.svg"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_WARNING", "icons/full/eview16/problems_view_warning.svg"),
			Map.entry("IMG_ETOOL_PROBLEMS_VIEW_INFO", "icons/full/eview16/problems_view_info.svg"),
			Map.entry("IMG_DLGBAN_QUICKFIX_DLG", "icons/full/wizban/quick_fix.svg"),
			Map.entry("IMG_WIZBAN_NEWPRJ_WIZ", "icons/full/wizban/newprj_wiz.svg"),
			Map.entry("IMG_WIZBAN_NEWFOLDER_WIZ", "icons/full/wizban/newfolder_wiz.svg"),
			Map.entry("IMG_WIZBAN_NEWFILE_WIZ", "icons/full/wizban/newfile_wiz.svg"),
			Map.entry("IMG_WIZBAN_IMPORTDIR_WIZ", "icons/full/wizban/importdir_wiz.svg"),
			Map.entry("IMG_WIZBAN_EXPORTDIR_WIZ", "icons/full/wizban/exportdir_wiz.svg"));

	private IdeImages() {
	}

	static void declare(IWorkbenchConfigurer configurer) {
		Bundle ide = Platform.getBundle(IDE_BUNDLE);
		if (ide == null) {
			return;
		}
		IMAGES.forEach((name, path) -> {
			URL url = FileLocator.find(ide, IPath.fromOSString(path), null);
			if (url != null) {
				configurer.declareImage(name, ImageDescriptor.createFromURL(url), true);
			}
		});
		// The Quick Fix button's disabled state uses the same image greyed out.
		URL quickFix = FileLocator.find(ide, IPath.fromOSString("icons/full/elcl16/smartmode_co.svg"), null);
		if (quickFix != null) {
			configurer.declareImage("IMG_DLCL_QUICK_FIX_DISABLED", ImageDescriptor.createWithFlags(
					ImageDescriptor.createFromURL(quickFix), SWT.IMAGE_DISABLE), true);
		}
	}
}
