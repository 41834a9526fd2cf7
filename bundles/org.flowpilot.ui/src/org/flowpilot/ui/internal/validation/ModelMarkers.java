package org.flowpilot.ui.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.FlowpilotUi;

/**
 * Problems of a model as markers of its file, so they appear in the Problems view with the rule id, the severity and
 * the element path, and lead back to the element: each marker names the element by its {@code xmi:id}.
 */
public final class ModelMarkers {

	/** The marker attribute holding the rule id, such as {@code AP02}. */
	public static final String RULE_ID = "ruleId";

	/** The marker attribute holding the element's id in its file (its {@code xmi:id}). */
	public static final String ELEMENT_ID = "elementId";

	private ModelMarkers() {
	}

	/**
	 * Replaces the model problem markers of {@code file} with {@code problems}, in a workspace job; markers that did
	 * not change are left alone, so the Problems view does not flicker.
	 */
	public static void update(IFile file, Resource resource, List<ModelProblem> problems) {
		if (file == null || !file.exists()) {
			return;
		}
		// Read the model here, on the UI thread that owns it; the job only touches markers.
		List<Map<String, Object>> wanted = new ArrayList<>(problems.size());
		for (ModelProblem problem : problems) {
			wanted.add(attributesOf(problem, resource));
		}
		new WorkspaceJob("Updating the problems of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) {
					replace(file, FlowpilotUi.MODEL_PROBLEM_MARKER, wanted);
				}
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** Marks {@code file} as unreadable at {@code line}, or clears that mark when {@code message} is null. */
	public static void reportLoadFailure(IFile file, String message, int line) {
		if (file == null || !file.exists()) {
			return;
		}
		List<Map<String, Object>> wanted = new ArrayList<>();
		if (message != null) {
			Map<String, Object> attributes = new HashMap<>();
			attributes.put(IMarker.MESSAGE, message);
			attributes.put(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
			attributes.put(IMarker.LOCATION, line > 0 ? "line " + line : file.getName());
			if (line > 0) {
				attributes.put(IMarker.LINE_NUMBER, line);
			}
			wanted.add(attributes);
		}
		new WorkspaceJob("Updating the problems of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				if (file.exists()) {
					replace(file, FlowpilotUi.LOAD_PROBLEM_MARKER, wanted);
					if (message != null) {
						// What was found in the file before it broke no longer applies.
						file.deleteMarkers(FlowpilotUi.MODEL_PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
					}
				}
				return Status.OK_STATUS;
			}
		}.schedule();
	}

	/** The element a model problem marker is about, in {@code resource}; null when it is gone or unknown. */
	public static EObject elementOf(IMarker marker, Resource resource) {
		String id = marker.getAttribute(ELEMENT_ID, null);
		return id == null || resource == null ? null : resource.getEObject(id);
	}

	static Map<String, Object> attributesOf(ModelProblem problem, Resource resource) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.MESSAGE, problem.message() + " [" + problem.ruleId() + "]");
		attributes.put(IMarker.SEVERITY, severityOf(problem.severity()));
		attributes.put(IMarker.LOCATION, problem.path());
		attributes.put(RULE_ID, problem.ruleId());
		if (problem.element() != null && problem.element().eResource() == resource) {
			attributes.put(ELEMENT_ID, resource.getURIFragment(problem.element()));
		}
		return attributes;
	}

	private static int severityOf(int diagnosticSeverity) {
		return switch (diagnosticSeverity) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
			case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}

	private static void replace(IFile file, String type, List<Map<String, Object>> wanted) throws CoreException {
		IMarker[] existing = file.findMarkers(type, false, IResource.DEPTH_ZERO);
		Set<Map<String, Object>> remaining = new HashSet<>(wanted);
		List<IMarker> obsolete = new ArrayList<>();
		for (IMarker marker : existing) {
			if (!remaining.remove(marker.getAttributes())) {
				obsolete.add(marker);
			}
		}
		for (IMarker marker : obsolete) {
			marker.delete();
		}
		for (Map<String, Object> attributes : remaining) {
			file.createMarker(type, attributes);
		}
	}

	static void log(String message, Throwable failure) {
		ILog.of(ModelMarkers.class).log(Status.error(message, failure));
	}
}
