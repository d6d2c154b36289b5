# hot takes ~80% of the CPU time; runs for a fixed amount of CPU time. Fails unless the user's
# own R profile ran first (it sets an option).
if (!isTRUE(getOption("user.profile.ran"))) stop("the user's own R profile did not run")
hot <- function(n) { s <- 0; for (i in seq_len(n)) s <- s + sqrt(i) %% 3; s }
cold <- function(n) { s <- 0; for (i in seq_len(n)) s <- s + i; s }
cpu <- function() sum(proc.time()[c("user.self", "sys.self")])
start <- cpu()
while (cpu() - start < 1.5) { hot(100000); cold(25000) }
