package org.flowpilot.ui.internal.compare;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.compare.IStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.ResourceNode;
import org.eclipse.compare.structuremergeviewer.ICompareInput;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.flowpilot.model.AutopilotModel;
import org.flowpilot.model.persistence.AutopilotPersistence;
import org.flowpilot.model.persistence.ModelFileException;

/**
 * The two models of a comparison, read from what the compare editor gives. Two workspace files (Compare With &gt;
 * Each Other) read from left to right: the left one before, the right one after. A file against another state
 * (Local History, a repository revision) has that older state on the right: the right side is before, the file on
 * the left after.
 *
 * @param before the model before
 * @param after the model after
 * @param beforeLabel how the compare editor names the side before
 * @param afterLabel how the compare editor names the side after
 */
record ComparedModels(AutopilotModel before, AutopilotModel after, String beforeLabel, String afterLabel) {

	/** A side that cannot be read, with a one-line message naming it and the line. */
	static final class UnreadableSide extends Exception {

		private static final long serialVersionUID = 1L;

		UnreadableSide(String message) {
			super(message);
		}
	}

	/** Reads both sides of {@code input}; {@code swapped} turns the direction round. */
	static ComparedModels read(ICompareInput input, String leftLabel, String rightLabel, boolean swapped)
			throws UnreadableSide {
		AutopilotModel left = read(input.getLeft(), leftLabel);
		AutopilotModel right = read(input.getRight(), rightLabel);
		boolean leftFirst = input.getLeft() instanceof ResourceNode && input.getRight() instanceof ResourceNode;
		return leftFirst != swapped ? new ComparedModels(left, right, leftLabel, rightLabel)
				: new ComparedModels(right, left, rightLabel, leftLabel);
	}

	private static AutopilotModel read(ITypedElement side, String label) throws UnreadableSide {
		if (!(side instanceof IStreamContentAccessor content)) {
			throw new UnreadableSide(label + ": there is nothing on this side to compare");
		}
		Resource resource = AutopilotPersistence.newResourceSet()
				.createResource(URI.createURI("compare:/" + URI.encodeSegment(side.getName(), false)));
		try (InputStream stream = content.getContents()) {
			if (stream == null) {
				throw new UnreadableSide(label + ": the side is empty");
			}
			resource.load(stream, Map.of());
		} catch (IOException | RuntimeException e) {
			// The message names the side, the line and column, and what is wrong, as the editor's load errors do.
			ModelFileException failure = ModelFileException.of(label, resource, e);
			throw new UnreadableSide(failure.getMessage());
		} catch (CoreException e) {
			throw new UnreadableSide(label + ": cannot read: " + firstLine(e));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof AutopilotModel model)) {
			throw new UnreadableSide(label + ": holds no Flowpilot model");
		}
		return model;
	}

	private static String firstLine(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.lines().findFirst().orElse("");
	}
}
