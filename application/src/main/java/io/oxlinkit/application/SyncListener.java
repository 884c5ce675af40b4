package io.oxlinkit.application;

/**
 * The host's callback for data syncs: told after every page stored and when a sync ends, so a UI can show
 * progress. Called on the thread running the sync; must not block for long. An exception thrown here is
 * logged and swallowed: it never stops the sync.
 */
@FunctionalInterface
public interface SyncListener {

    /** A listener that ignores every progress. */
    SyncListener NONE = progress -> {};

    /** Where a sync stands now. */
    void onProgress(SyncProgress progress);
}
