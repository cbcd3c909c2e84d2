package org.paniercommun.access;

/**
 * Where an object lives: the antenna it belongs to, and when it has them, the purchasing group, the household and the
 * producer it belongs to. A null antenna marks an object of the whole network (a basket funder).
 */
public record Home(Long antenna, Long group, Long household, Long producer) {
}
