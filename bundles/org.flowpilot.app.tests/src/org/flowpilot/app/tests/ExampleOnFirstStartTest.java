package org.flowpilot.app.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.app.FlowpilotApp;
import org.flowpilot.library.ExampleModels;
import org.flowpilot.testing.ScreenshotOnFailure;
import org.flowpilot.testing.SwtDriver;
import org.flowpilot.ui.FlowpilotUi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

// The tests start on an empty workspace, which is what a first start of ./flowpilot sees.
@ExtendWith(ScreenshotOnFailure.class)
class ExampleOnFirstStartTest {

	private final SwtDriver driver = SwtDriver.forWorkbench();

	@Test
	void createsTheContosoExampleProjectWithACopyOfTheLibraryModel() throws CoreException, IOException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(FlowpilotApp.EXAMPLE_PROJECT_NAME);
		assertTrue(project.isOpen(), "the example project is missing or closed");
		IFile model = project.getFile(FlowpilotApp.EXAMPLE_MODEL_FILE_NAME);
		try (InputStream copy = model.getContents();
				InputStream original = ExampleModels.class.getResourceAsStream(ExampleModels.CONTOSO_PATH)) {
			assertArrayEquals(original.readAllBytes(), copy.readAllBytes());
		}
	}

	@Test
	void opensTheExampleInTheModelEditor() {
		IWorkbenchPage page = driver.waitFor("an active workbench page", () -> driver.onUi(() -> Optional
				.ofNullable(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).map(w -> w.getActivePage())));
		List<String> openModels = driver.onUi(() -> {
			List<String> names = new ArrayList<>();
			for (IEditorReference editor : page.getEditorReferences()) {
				if (FlowpilotUi.MODEL_EDITOR_ID.equals(editor.getId())) {
					names.add(editor.getEditorInput().getName());
				}
			}
			return names;
		});
		assertEquals(List.of(FlowpilotApp.EXAMPLE_MODEL_FILE_NAME), openModels);
		driver.screenshot("first-start-example");
	}
}
