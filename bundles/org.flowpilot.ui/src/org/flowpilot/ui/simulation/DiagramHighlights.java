package org.flowpilot.ui.simulation;

import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.flowpilot.diagram.Highlight;

/**
 * The highlights tools put on the diagrams of a model file, such as the run animation (current step, path taken) and
 * the breakpoints. Each tool sets its own highlights under a source name of its own; the diagrams open on the file
 * show all sources together. A workbench service: {@code PlatformUI.getWorkbench().getService(DiagramHighlights.class)}.
 * The methods may be called from any thread.
 */
public interface DiagramHighlights {

	/** Told that the highlights of a file changed. */
	@FunctionalInterface
	interface Listener {

		/** The highlights of {@code file} changed; called on the thread that changed them. */
		void highlightsChanged(IFile file);
	}

	/**
	 * Replaces the highlights that {@code source} puts on the elements of {@code file}, by element id
	 * ({@code org.flowpilot.engine.ElementIds}); an empty map takes them all away.
	 */
	void set(IFile file, String source, Map<String, Set<Highlight>> byElementId);

	/** The highlights of every source on the elements of {@code file}, by element id. */
	Map<String, Set<Highlight>> of(IFile file);

	/** Adds a listener. */
	void addListener(Listener listener);

	/** Removes a listener. */
	void removeListener(Listener listener);
}
