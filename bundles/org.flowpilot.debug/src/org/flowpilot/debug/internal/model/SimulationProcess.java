package org.flowpilot.debug.internal.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.debug.core.model.IStreamsProxy;
import org.flowpilot.debug.FlowpilotDebug;

/**
 * The "program" of a simulation launch: what the Console shows of it (one line per step) and what the Debug view
 * lists under the launch. It holds no operating system process; terminating it ends the run.
 */
public final class SimulationProcess extends PlatformObject implements IProcess {

	/** The process type attribute value, for Console pattern matchers and the like. */
	public static final String PROCESS_TYPE = FlowpilotDebug.PLUGIN_ID + ".simulation";

	private final ILaunch launch;
	private final String label;
	private final Output output = new Output();
	private final Output errors = new Output();
	private final Map<String, String> attributes = new HashMap<>();
	private volatile Runnable onTerminate = () -> {
	};
	private volatile ObservableSimulation simulation;
	private volatile boolean terminated;
	private volatile int exitValue;

	public SimulationProcess(ILaunch launch, String label) {
		this.launch = launch;
		this.label = label;
		attributes.put(ATTR_PROCESS_TYPE, PROCESS_TYPE);
		attributes.put(ATTR_PROCESS_LABEL, label);
	}

	/** What terminating the process does besides ending it: ends the run it shows. */
	void setTerminateAction(Runnable action) {
		onTerminate = action;
	}

	/** The run this process shows, which it adapts to. */
	void setSimulation(ObservableSimulation shown) {
		simulation = shown;
	}

	/** Appends a line to the Console. */
	public void println(String line) {
		output.append(line + System.lineSeparator());
	}

	/** Appends a line to the Console's error stream. */
	public void printError(String line) {
		errors.append(line + System.lineSeparator());
	}

	/** Ends the process with {@code value} (0: the run ended; 1: it could not run) and tells the debug views. */
	public void finish(int value) {
		if (terminated) {
			return;
		}
		exitValue = value;
		terminated = true;
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, DebugEvent.TERMINATE) });
		}
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public ILaunch getLaunch() {
		return launch;
	}

	@Override
	public IStreamsProxy getStreamsProxy() {
		return new IStreamsProxy() {
			@Override
			public IStreamMonitor getOutputStreamMonitor() {
				return output;
			}

			@Override
			public IStreamMonitor getErrorStreamMonitor() {
				return errors;
			}

			@Override
			public void write(String input) {
				// A simulation reads no input.
			}
		};
	}

	@Override
	public synchronized void setAttribute(String key, String value) {
		attributes.put(key, value);
		DebugPlugin plugin = DebugPlugin.getDefault();
		if (plugin != null) {
			plugin.fireDebugEventSet(new DebugEvent[] { new DebugEvent(this, DebugEvent.CHANGE) });
		}
	}

	@Override
	public synchronized String getAttribute(String key) {
		return attributes.get(key);
	}

	@Override
	public int getExitValue() {
		return exitValue;
	}

	@Override
	public boolean canTerminate() {
		return !terminated;
	}

	@Override
	public boolean isTerminated() {
		return terminated;
	}

	@Override
	public void terminate() {
		if (!terminated) {
			onTerminate.run();
			finish(0);
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IProcess.class) {
			return adapter.cast(this);
		}
		if (adapter == ILaunch.class) {
			return adapter.cast(launch);
		}
		if (adapter.isInstance(simulation)) {
			return adapter.cast(simulation);
		}
		return super.getAdapter(adapter);
	}

	/** A stream the Console reads: text appended so far, and listeners told of what comes next. */
	private static final class Output implements IStreamMonitor {
		private final StringBuilder contents = new StringBuilder();
		private final List<IStreamListener> listeners = new CopyOnWriteArrayList<>();

		void append(String text) {
			synchronized (contents) {
				contents.append(text);
			}
			for (IStreamListener listener : listeners) {
				listener.streamAppended(text, this);
			}
		}

		@Override
		public void addListener(IStreamListener listener) {
			listeners.add(listener);
		}

		@Override
		public void removeListener(IStreamListener listener) {
			listeners.remove(listener);
		}

		@Override
		public String getContents() {
			synchronized (contents) {
				return contents.toString();
			}
		}
	}
}
