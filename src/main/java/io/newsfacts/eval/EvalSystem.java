package io.newsfacts.eval;

import io.newsfacts.model.Article;
import io.newsfacts.model.ArticleFacts;
import java.util.function.Function;

/** A system under evaluation: its report name and how it turns an article into facts. */
public record EvalSystem(String name, Function<Article, ArticleFacts> process) {}
