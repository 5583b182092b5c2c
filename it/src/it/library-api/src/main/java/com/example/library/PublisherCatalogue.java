package com.example.library;

import com.example.library.domain.Publisher;
import com.example.library.domain.PublisherRepository;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Publishers are reference data: loaded at startup, read-only over HTTP. */
@Component
class PublisherCatalogue implements ApplicationRunner {

  static final List<Publisher> PUBLISHERS = List.of(
      new Publisher("Ace Books", "US"),
      new Publisher("Gollancz", "GB"),
      new Publisher("Penguin Books", "GB"),
      new Publisher("Tor Books", "US"),
      new Publisher("Suhrkamp", "DE"));

  private final PublisherRepository publishers;

  PublisherCatalogue(PublisherRepository publishers) {
    this.publishers = publishers;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Publisher p : PUBLISHERS) {
      if (publishers.findByName(p.getName()).isEmpty()) {
        publishers.save(new Publisher(p.getName(), p.getCountry()));
      }
    }
  }
}
