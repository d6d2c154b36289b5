package dev.strata.site;

import dev.strata.store.GitStore;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

import java.io.IOException;
import java.nio.file.Path;

/** Edits a store's branch as a person with Git would: one commit that changes or removes a file or folder. */
final class StoreEdits {

    private StoreEdits() {
    }

    static void replace(Path storeDir, String path, byte[] content) throws IOException {
        edit(storeDir, "change " + path, (repo, ins, e) -> {
            ObjectId blob = ins.insert(Constants.OBJ_BLOB, content);
            e.add(new DirCacheEditor.PathEdit(path) {
                @Override
                public void apply(DirCacheEntry ent) {
                    ent.setFileMode(FileMode.REGULAR_FILE);
                    ent.setObjectId(blob);
                }
            });
        });
    }

    static void remove(Path storeDir, String folder) throws IOException {
        edit(storeDir, "remove " + folder, (repo, ins, e) -> e.add(new DirCacheEditor.DeleteTree(folder)));
    }

    private interface Change {
        void apply(Repository repo, ObjectInserter ins, DirCacheEditor e) throws IOException;
    }

    private static void edit(Path storeDir, String message, Change change) throws IOException {
        try (GitStore store = GitStore.open(storeDir); ObjectInserter ins = store.repository().newObjectInserter();
             ObjectReader reader = store.repository().newObjectReader(); RevWalk rw = new RevWalk(reader)) {
            Repository repo = store.repository();
            RevCommit tip = rw.parseCommit(repo.resolve(store.refName()));
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder b = dc.builder();
            b.addTree(new byte[0], 0, reader, tip.getTree());
            b.finish();
            DirCacheEditor e = dc.editor();
            change.apply(repo, ins, e);
            e.finish();
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(dc.writeTree(ins));
            c.setParentId(tip);
            PersonIdent who = new PersonIdent("tester", "tester@localhost");
            c.setAuthor(who);
            c.setCommitter(who);
            c.setMessage(message);
            ObjectId id = ins.insert(c);
            ins.flush();
            RefUpdate ru = repo.updateRef(store.refName());
            ru.setNewObjectId(id);
            ru.setExpectedOldObjectId(tip);
            if (ru.update() != RefUpdate.Result.FAST_FORWARD) {
                throw new IOException("could not move " + store.refName());
            }
        }
    }
}
