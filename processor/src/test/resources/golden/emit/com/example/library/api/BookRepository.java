package com.example.library.api;

import com.example.library.Book;
import javax.annotation.processing.Generated;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.stereotype.Repository;

/**
 * The Spring Data repository of {@code Book}; its proxy translates persistence exceptions.
 */
@Repository("com.example.library.api.BookRepository")
@Generated("dev.armature.processor.ArmatureProcessor")
public interface BookRepository extends JpaRepository<Book, Long> {
}
