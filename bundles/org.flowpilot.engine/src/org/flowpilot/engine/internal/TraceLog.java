package org.flowpilot.engine.internal;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

import org.flowpilot.engine.StepRecord;

/**
 * The records of a run, appended by the one thread that moves it and read as immutable snapshots from any thread.
 * A snapshot is a view of the first {@code size} slots of an array no later change writes to: appending writes past
 * every published size, and going back copies the kept records into a new array. So a snapshot costs nothing to
 * take and never changes, and a step costs one small object.
 */
final class TraceLog {

    private StepRecord[] records = new StepRecord[32];
    private int size;
    private volatile Snapshot published = new Snapshot(records, 0);

    int size() {
        return size;
    }

    StepRecord get(int index) {
        return records[index];
    }

    void add(StepRecord record) {
        if (size == records.length) {
            records = Arrays.copyOf(records, size * 2);
        }
        records[size++] = record;
        published = new Snapshot(records, size);
    }

    /** Keeps the first {@code kept} records. */
    void truncate(int kept) {
        records = Arrays.copyOf(records, Math.max(32, records.length));
        Arrays.fill(records, kept, records.length, null);
        size = kept;
        published = new Snapshot(records, size);
    }

    /** The records so far, as an immutable list. */
    List<StepRecord> snapshot() {
        return published;
    }

    private static final class Snapshot extends AbstractList<StepRecord> implements RandomAccess {
        private final StepRecord[] records;
        private final int size;

        Snapshot(StepRecord[] records, int size) {
            this.records = records;
            this.size = size;
        }

        @Override
        public StepRecord get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("Index " + index + " of a trace of " + size + " steps");
            }
            return records[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
