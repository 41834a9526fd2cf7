package org.flowpilot.debug.tests;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;

/**
 * Posts a task to the UI thread every 5 ms and keeps how late each one ran. While a task is late by more than
 * {@link #LATE_MILLIS}, it samples the UI thread's stack every {@link #SAMPLE_MILLIS} from its own thread, so that a
 * report can say what kept the UI thread: each sample is filed under its cause (the innermost frame, and the
 * innermost Flowpilot frame that led there), and the time the JVM spent collecting garbage meanwhile is kept too.
 */
final class UiThreadWatchdog {

	static final long LATE_MILLIS = 40;
	static final long SAMPLE_MILLIS = 10;
	private static final int MAX_SAMPLES_PER_BLOCK = 30;
	private static final int FRAMES_SHOWN = 14;

	/**
	 * A task that ran more than {@link #LATE_MILLIS} late: by how much, the stacks seen meanwhile, the GC time, and the
	 * CPU time the UI thread used meanwhile (far below the delay: it waited, on another process or for a core).
	 */
	record Block(long delayNanos, List<StackTraceElement[]> samples, long gcMillis, long uiCpuMillis) {
	}

	final List<Long> delays = new ArrayList<>();
	final List<Block> blocks = new ArrayList<>();
	private final AtomicBoolean watching = new AtomicBoolean(true);
	private final Thread thread;

	UiThreadWatchdog(Display display) {
		Thread ui = display.getThread();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		thread = new Thread(() -> {
			while (watching.get()) {
				long gcBefore = gcMillis();
				long cpuBefore = threads.getThreadCpuTime(ui.threadId());
				long posted = System.nanoTime();
				CountDownLatch ran = new CountDownLatch(1);
				long[] delay = new long[1];
				display.asyncExec(() -> {
					delay[0] = System.nanoTime() - posted;
					ran.countDown();
				});
				try {
					List<StackTraceElement[]> samples = new ArrayList<>();
					if (!ran.await(LATE_MILLIS, TimeUnit.MILLISECONDS)) {
						do {
							if (samples.size() < MAX_SAMPLES_PER_BLOCK) {
								samples.add(ui.getStackTrace());
							}
						} while (!ran.await(SAMPLE_MILLIS, TimeUnit.MILLISECONDS) && watching.get());
						ran.await(1, TimeUnit.MINUTES);
					}
					synchronized (delays) {
						delays.add(delay[0]);
						if (TimeUnit.NANOSECONDS.toMillis(delay[0]) > LATE_MILLIS) {
							blocks.add(new Block(delay[0], samples, gcMillis() - gcBefore, TimeUnit.NANOSECONDS.toMillis(
									threads.getThreadCpuTime(ui.threadId()) - cpuBefore)));
						}
					}
					Thread.sleep(5);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "UI thread watchdog");
		thread.setDaemon(true);
		thread.start();
	}

	void stop() throws InterruptedException {
		watching.set(false);
		thread.join();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(
				GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
	}

	/**
	 * Prints the late tasks: how many, the GC time during them, and the causes of the samples taken while the UI
	 * thread kept them waiting, the most frequent first, each with the top frames of one of its stacks.
	 */
	void printBlocks(String title, int causesShown) {
		List<Block> late;
		synchronized (delays) {
			late = new ArrayList<>(blocks);
		}
		late.sort(Comparator.comparingLong(Block::delayNanos).reversed());
		System.out.println(String.format(Locale.ROOT, "%s: %d tasks more than %d ms late; worst %s", title,
				late.size(), LATE_MILLIS, late.stream().limit(8).map(b -> String.format(Locale.ROOT, "%d ms (UI thread"
						+ " cpu %d ms, gc %d ms, %d samples)", TimeUnit.NANOSECONDS.toMillis(b.delayNanos()), b
								.uiCpuMillis(), b.gcMillis(), b.samples().size())).collect(Collectors.joining(", "))));
		long lateMillis = late.stream().mapToLong(b -> TimeUnit.NANOSECONDS.toMillis(b.delayNanos())).sum();
		long cpuMillis = late.stream().mapToLong(Block::uiCpuMillis).sum();
		System.out.println(String.format(Locale.ROOT, "  late tasks waited %d ms in all; the UI thread used %d ms of"
				+ " CPU meanwhile (%.0f%%)", lateMillis, cpuMillis, lateMillis == 0 ? 0.0 : 100.0 * cpuMillis
						/ lateMillis));
		// What each of the worst blocks was made of.
		late.stream().limit(5).forEach(block -> System.out.println(String.format(Locale.ROOT, "  block of %d ms: %s",
				TimeUnit.NANOSECONDS.toMillis(block.delayNanos()), block.samples().stream().collect(Collectors
						.groupingBy(UiThreadWatchdog::cause, LinkedHashMap::new, Collectors.counting())))));
		Map<String, List<StackTraceElement[]>> byCause = new LinkedHashMap<>();
		Map<String, Long> worstByCause = new LinkedHashMap<>();
		for (Block block : late) {
			for (StackTraceElement[] sample : block.samples()) {
				String cause = cause(sample);
				byCause.computeIfAbsent(cause, c -> new ArrayList<>()).add(sample);
				worstByCause.merge(cause, block.delayNanos(), Math::max);
			}
		}
		byCause.entrySet().stream().sorted(Comparator.comparingInt(
				(Map.Entry<String, List<StackTraceElement[]>> e) -> e.getValue().size()).reversed()).limit(causesShown)
				.forEach(e -> {
					System.out.println(String.format(Locale.ROOT, "  %d samples (in blocks up to %d ms): %s", e
							.getValue().size(), TimeUnit.NANOSECONDS.toMillis(worstByCause.get(e.getKey())), e
									.getKey()));
					Arrays.stream(e.getValue().get(0)).limit(FRAMES_SHOWN).forEach(f -> System.out.println(
							"      at " + f));
				});
	}

	/** The innermost frame and the innermost Flowpilot frame under it (harness frames named as such). */
	static String cause(StackTraceElement[] stack) {
		if (stack.length == 0) {
			return "(no stack)";
		}
		String top = frame(stack[0]);
		for (StackTraceElement element : stack) {
			if (element.getClassName().startsWith("org.flowpilot.")) {
				return top + " <- " + frame(element);
			}
		}
		// Nothing of Flowpilot's on the stack: the frame that dispatched the work, below SWT's event loop.
		for (StackTraceElement element : stack) {
			String name = element.getClassName();
			if (!name.startsWith("org.eclipse.swt.") && !name.startsWith("java.") && !name.startsWith("jdk.")) {
				return top + " <- " + frame(element);
			}
		}
		return top;
	}

	private static String frame(StackTraceElement element) {
		String name = element.getClassName();
		return name.substring(name.lastIndexOf('.') + 1) + "." + element.getMethodName();
	}
}
