package org.flowpilot.ui.internal.simulation;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ISafeRunnable;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.flowpilot.diagram.Highlight;
import org.flowpilot.ui.simulation.DiagramHighlights;

/** The workbench's {@link DiagramHighlights}: each file's highlights by source, merged when read. */
public final class WorkbenchDiagramHighlights implements DiagramHighlights {

	private final Map<IFile, Map<String, Map<String, Set<Highlight>>>> byFile = new ConcurrentHashMap<>();
	private final ListenerList<Listener> listeners = new ListenerList<>();

	@Override
	public void set(IFile file, String source, Map<String, Set<Highlight>> byElementId) {
		Map<String, Set<Highlight>> copy = Map.copyOf(byElementId);
		Map<String, Map<String, Set<Highlight>>> sources = byFile.computeIfAbsent(file,
				f -> new ConcurrentHashMap<>());
		Map<String, Set<Highlight>> previous = copy.isEmpty() ? sources.remove(source) : sources.put(source, copy);
		if (copy.equals(previous == null ? Map.of() : previous)) {
			return;
		}
		for (Listener listener : listeners) {
			// One listener's failure leaves the others told.
			SafeRunner.run(new ISafeRunnable() {
				@Override
				public void run() {
					listener.highlightsChanged(file);
				}
			});
		}
	}

	@Override
	public Map<String, Set<Highlight>> of(IFile file) {
		Map<String, Map<String, Set<Highlight>>> sources = byFile.get(file);
		if (sources == null) {
			return Map.of();
		}
		Map<String, Set<Highlight>> merged = new HashMap<>();
		for (Map<String, Set<Highlight>> highlights : sources.values()) {
			highlights.forEach((id, set) -> {
				if (!set.isEmpty()) {
					merged.computeIfAbsent(id, i -> EnumSet.noneOf(Highlight.class)).addAll(set);
				}
			});
		}
		return merged;
	}

	@Override
	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}
}
