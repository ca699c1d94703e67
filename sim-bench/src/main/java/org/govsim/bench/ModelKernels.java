package org.govsim.bench;

import org.govsim.model.ModelCatalog;
import java.util.concurrent.TimeUnit;
import org.govsim.model.District;
import org.govsim.model.ModelConfig;
import org.govsim.model.metrics.MonthlyAccounts;
import org.govsim.model.param.ParamValues;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The model's own kernels: a month of a 50,000-resident district (issue arrivals, routing, service, the
 * monthly cycle), and the summing pass over the households of the Meilan-sized district that the monthly
 * cycle and the end-of-run figures make.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModelKernels {

    private ModelConfig monthOfM;
    private District meilan;

    @Setup
    public void setUp() {
        monthOfM = new ModelConfig(ModelCatalog.defaults().with("district.compounds", 80).with("run.burnInDays", 0).with("run.days", 30));
        meilan = new District(1, new ModelConfig(ModelCatalog.defaults().with("run.burnInDays", 0).with("run.days", 30)));
        meilan.start();
        meilan.advanceToEnd();
    }

    @Benchmark
    public long monthOfDistrictM() {
        District d = new District(7, monthOfM);
        d.start();
        d.advanceToEnd();
        return d.metrics().arrived();
    }

    @Benchmark
    public MonthlyAccounts householdPassL() {
        return meilan.monthly().bill(false);
    }
}
