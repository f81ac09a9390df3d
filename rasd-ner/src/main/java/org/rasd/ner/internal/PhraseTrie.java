package org.rasd.ner.internal;

import java.util.HashMap;
import java.util.Map;

/** A trie over word keys (see {@code NameKey}): multi-word names looked up one token at a time. */
public final class PhraseTrie<V> {
    /** A node: the phrase spelled by the path to it, and its value if that phrase is an entry. */
    public static final class Node<V> {
        private final Map<String, Node<V>> children = new HashMap<>(4);
        private V value;

        public Node<V> child(String word) {
            return children.get(word);
        }

        public V value() {
            return value;
        }
    }

    private final Node<V> root = new Node<>();
    private int size;

    /** Adds {@code phrase} (space-separated keys); the first value given for a phrase wins. */
    public void putIfAbsent(String phrase, V value) {
        if (phrase.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (String w : phrase.split(" ")) {
            n = n.children.computeIfAbsent(w, k -> new Node<>());
        }
        if (n.value == null) {
            n.value = value;
            size++;
        }
    }

    public Node<V> root() {
        return root;
    }

    public int size() {
        return size;
    }

    /** The value of exactly {@code phrase}, or null. */
    public V get(String phrase) {
        Node<V> n = root;
        for (String w : phrase.split(" ")) {
            n = n.child(w);
            if (n == null) {
                return null;
            }
        }
        return n.value;
    }
}
