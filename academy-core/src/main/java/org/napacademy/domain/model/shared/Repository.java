package org.napacademy.domain.model.shared;

import java.util.List;
import java.util.Optional;

/** What every aggregate's repository offers; aggregate repositories add their own lookups. */
public interface Repository<T extends AbstractEntity> {

    Optional<T> find(long id);

    /** A page ordered by id, so pages are stable while rows are added. */
    List<T> page(int offset, int limit);

    long count();

    void add(T entity);

    void remove(T entity);
}
