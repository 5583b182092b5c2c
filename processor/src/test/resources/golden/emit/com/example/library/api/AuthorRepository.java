package com.example.library.api;

import com.example.library.Author;
import javax.annotation.processing.Generated;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The Spring Data repository of {@code Author}; its proxy translates persistence exceptions.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public interface AuthorRepository extends JpaRepository<Author, Long> {
}
