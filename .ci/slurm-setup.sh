#!/usr/bin/env bash
# Installs a single-node SLURM (slurm-wlm) and munge from Debian's archive, for the integration test
# SlurmClusterIT-style test `SlurmSubmitTest` (it starts and stops the daemons itself, on localhost).
# Without root or apt it does nothing: the test then skips and says why.
set -uo pipefail
if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v sbatch >/dev/null && command -v munged >/dev/null; then
  echo "slurm-setup: slurm and munge already installed ($(slurmctld -V))"; exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "slurm-setup: not root or no apt-get; the SLURM integration test will be skipped"; exit 0
fi
export DEBIAN_FRONTEND=noninteractive
# no init system on CI: the packages' postinst cannot start daemons (harmless 'policy-rc.d denied' messages)
if timeout 300 apt-get update -q >/dev/null && \
   timeout 600 apt-get install -y -q --no-install-recommends slurm-wlm munge >/tmp/slurm-setup.apt.log 2>&1; then
  echo "slurm-setup: installed $(slurmctld -V)"
else
  tail -20 /tmp/slurm-setup.apt.log 2>/dev/null
  echo "slurm-setup: install failed; the SLURM integration test will be skipped"
fi
exit 0
