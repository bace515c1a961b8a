"""EMREX intake: transports, the hardened XML parser, the ELMO reader, signatures, trust sources."""
