package org.flowpilot.ui.internal.editor;

import java.util.stream.Collectors;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.flowpilot.model.validation.ModelProblem;
import org.flowpilot.ui.internal.validation.ProblemIndex;

/**
 * Text and icon of a model element from its EMF.Edit item provider, with the validation state drawn over the icon
 * (an error or warning sign when the element or something inside it has problems) and its findings as the tooltip.
 */
class ModelLabelProvider extends ColumnLabelProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images;
	private ProblemIndex problems = ProblemIndex.EMPTY;

	ModelLabelProvider(AdapterFactory adapterFactory, ItemImages images) {
		this.adapterFactory = adapterFactory;
		this.images = images;
	}

	void setProblems(ProblemIndex problems) {
		this.problems = problems;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? String.valueOf(element) : provider.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		Image base = provider == null ? null : images.imageOf(provider.getImage(element));
		int severity = problems.severityOf(element);
		if (base == null || severity < Diagnostic.WARNING) {
			return base;
		}
		String overlay = severity >= Diagnostic.ERROR ? ISharedImages.IMG_DEC_FIELD_ERROR
				: ISharedImages.IMG_DEC_FIELD_WARNING;
		ImageDescriptor decoration = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(overlay);
		return images.imageOf(new DecorationOverlayIcon(base, decoration, IDecoration.BOTTOM_LEFT));
	}

	@Override
	public String getToolTipText(Object element) {
		var own = problems.problemsOf(element);
		if (own.isEmpty()) {
			return problems.severityOf(element) >= Diagnostic.WARNING ? "Elements inside have problems" : null;
		}
		return own.stream().map(ModelProblem::message).collect(Collectors.joining("\n"));
	}

	private IItemLabelProvider labelProvider(Object element) {
		return adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider
				? provider
				: null;
	}
}
