"""The files layer: the only code of the library that reads files.

Every loader reads through one opener (:mod:`randaberg_some.files._source`: a path, ``"-"``
for standard input, or an open file; UTF-8, UTF-16 with a byte order mark, or Windows-1252
reported as a notice) and every tabular file through one tolerant CSV reader
(:mod:`randaberg_some.files._csv`). The loaders:

- :func:`randaberg_some.files.inventory.load_accounts` and
  :func:`~randaberg_some.files.inventory.iter_accounts`: account inventories;
- :func:`randaberg_some.files.responses.load_responses`: response logs;
- :func:`randaberg_some.files.checklist.load_checklist`: a readiness checklist's answers;
- :func:`randaberg_some.files.policy.load_policy`: a policy file (a kommune's guideline).

Each returns the core's values (:class:`~randaberg_some.rows.Loaded` for the tabular ones)
and raises :class:`~randaberg_some.InvalidFileError` (or its subclass
:class:`~randaberg_some.InventoryError`) for a file that cannot be read at all.
"""

__all__: list[str] = []
