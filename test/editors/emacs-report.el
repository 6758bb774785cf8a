;;; emacs-report.el --- run by scripts/emacs-check.sh after the configuration from docs/language-server.md  -*- lexical-binding: t -*-
;; Opens the draft named by $WHOSAID_DRAFT, lets eglot connect (eglot-ensure waits for the command
;; loop's post-command-hook, which --batch never runs, so this runs it once), waits for Flymake's
;; diagnostics from the server, prints them with the Emacs and eglot versions and the server eglot
;; started, and exits 0; exits 1 if none arrive within 30 s.
(require 'flymake)
(defun whosaid-report--out (fmt &rest args)
  (princ (concat (apply #'format fmt args) "\n")))
(let* ((file (getenv "WHOSAID_DRAFT"))
       (buffer (find-file-noselect file)))
  (set-buffer buffer)
  (run-hooks 'post-command-hook)
  (whosaid-report--out "Emacs %s, eglot %s, major mode %s" emacs-version
                       (if (boundp 'eglot--version) eglot--version
                         (let ((pkg (assq 'eglot package-alist))) (if pkg (package-version-join (package-desc-version (cadr pkg))) "?")))
                       major-mode)
  (let ((deadline (+ (float-time) 30))
        (started nil))
    (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
      (when (and (not started) (bound-and-true-p eglot--managed-mode))
        (setq started t)
        (flymake-start))
      (accept-process-output nil 0.1))
    (let ((server (and (fboundp 'eglot-current-server) (eglot-current-server))))
      (whosaid-report--out "server %s" (if server (mapconcat #'identity (process-command (jsonrpc--process server)) " ") "none")))
    (let ((diagnostics (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
      (unless diagnostics
        (whosaid-report--out "no diagnostics within 30 s")
        (kill-emacs 1))
      (dolist (d diagnostics)
        (save-excursion
          (goto-char (flymake-diagnostic-beg d))
          (whosaid-report--out "%s:%d:%d: %s %s" (file-name-nondirectory file) (line-number-at-pos) (1+ (current-column))
                               (flymake-diagnostic-type d) (flymake-diagnostic-text d))))
      (whosaid-report--out "%d diagnostics" (length diagnostics))
      (kill-emacs 0))))
