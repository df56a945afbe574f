"""Sub-commands of the ``mfgpolicy`` command line (private; see :mod:`mfgpolicy.cli`)."""
