"""The restricted store: original utterance text, encrypted by the application, readable with a reason.

``keyring`` encrypts and decrypts (AES-256-GCM, key id per row, older keys kept for reading);
``raw_turns`` turns utterance events into ``turns_raw`` rows; ``access`` reads them back for one
call after writing the audit row.
"""
