package dev.strata.run;

import dev.strata.store.Store;
import dev.strata.store.StoreLocation;
import dev.strata.store.SyncedStore;

/** Opens the store a run goes to; {@link SyncedStore} for real runs, an in-memory store in tests. */
@FunctionalInterface
public interface StoreOpener {

    StoreOpener GIT = SyncedStore::open;

    Store open(StoreLocation where, boolean push);
}
