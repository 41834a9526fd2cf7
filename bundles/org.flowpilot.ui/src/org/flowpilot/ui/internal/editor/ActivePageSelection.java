package org.flowpilot.ui.internal.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.forms.editor.IFormPage;

/**
 * The model editor's selection: that of its active page. Form pages share the editor's site, so instead of setting
 * the site's selection provider each page registers its own here; the editor passes on the active page's selection
 * and announces a page's selection when it becomes active.
 */
final class ActivePageSelection implements IPostSelectionProvider {

	private final Map<IFormPage, ISelectionProvider> providers = new HashMap<>();
	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ListenerList<ISelectionChangedListener> postListeners = new ListenerList<>();
	private IFormPage active;

	void register(IFormPage page, ISelectionProvider provider) {
		ISelectionProvider previous = providers.put(page, provider);
		if (previous == provider) {
			return;
		}
		boolean post = provider instanceof IPostSelectionProvider;
		provider.addSelectionChangedListener(event -> {
			if (providers.get(active) == provider) {
				fire(listeners, event.getSelection());
				if (!post) {
					// Views that listen to post selections (Properties) hear every change of a plain provider.
					fire(postListeners, event.getSelection());
				}
			}
		});
		if (provider instanceof IPostSelectionProvider postProvider) {
			postProvider.addPostSelectionChangedListener(event -> {
				if (providers.get(active) == provider) {
					fire(postListeners, event.getSelection());
				}
			});
		}
		if (page == active) {
			announce();
		}
	}

	void unregister(IFormPage page) {
		providers.remove(page);
	}

	/** {@code page} became the active page: its selection is the editor's now. */
	void activate(IFormPage page) {
		active = page;
		announce();
	}

	private void announce() {
		ISelection selection = getSelection();
		fire(listeners, selection);
		fire(postListeners, selection);
	}

	private void fire(ListenerList<ISelectionChangedListener> to, ISelection selection) {
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : to) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		ISelectionProvider provider = providers.get(active);
		return provider == null ? StructuredSelection.EMPTY : provider.getSelection();
	}

	@Override
	public void setSelection(ISelection selection) {
		ISelectionProvider provider = providers.get(active);
		if (provider != null) {
			provider.setSelection(selection);
		}
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}

	@Override
	public void addPostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.add(listener);
	}

	@Override
	public void removePostSelectionChangedListener(ISelectionChangedListener listener) {
		postListeners.remove(listener);
	}
}
