<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer;

/**
 * Rows of typed columns in memory shared by every process forked after create(): make it
 * before start()/runAll(), and each worker reads and writes the same rows.
 * @strict-properties
 * @not-serializable
 */
class Table implements \Iterator, \Countable
{
    /** @var int */
    public const TYPE_INT = 1;
    /** @var int */
    public const TYPE_FLOAT = 2;
    /** @var int */
    public const TYPE_STRING = 3;

    /** Rows (the size asked for, rounded up to a power of two); set by create(). */
    public ?int $size = null;
    /** Bytes of shared memory the rows take; set by create(). */
    public ?int $memorySize = null;

    public function __construct(int $table_size, float $conflict_proportion = 0.2) {}

    public function column(string $name, int $type, int $size = 0): bool {}

    public function create(): bool {}

    public function destroy(): bool {}

    public function set(string $key, array $value): bool {}

    /** Like set(), only for a key that has no row yet. */
    public function add(string $key, array $values): bool {}

    /** Like set(), only for a key that has a row. */
    public function update(string $key, array $values): bool {}

    /** Writes $values only if the row's columns equal $expected, in one step. */
    public function cmpset(string $key, array $expected, array $values): bool {}

    public function get(string $key, ?string $field = null): array|false|string|float|int {}

    /** get() and del() in one step. */
    public function getdel(string $key, ?string $field = null): array|false|string|float|int {}

    public function exists(string $key): bool {}

    /** @alias WServer\Table::exists */
    public function exist(string $key): bool {}

    public function del(string $key): bool {}

    /** @alias WServer\Table::del */
    public function delete(string $key): bool {}

    /** Deletes the row only if its columns equal $expected, in one step. */
    public function cmpdel(string $key, array $expected): bool {}

    public function incr(string $key, string $column, int|float $incrby = 1): false|float|int {}

    public function decr(string $key, string $column, int|float $incrby = 1): false|float|int {}

    public function count(int $mode = COUNT_NORMAL): int {}

    public function getSize(): int {}

    public function getMemorySize(): int {}

    public function stats(): false|array {}

    public function rewind(): void {}

    public function next(): void {}

    public function current(): mixed {}

    public function key(): mixed {}

    public function valid(): bool {}
}
